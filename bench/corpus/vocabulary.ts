/** Vietnamese material the synthetic corpus is drawn from: procedure names by field, places, people, phrases. */

export const FIELDS: ReadonlyArray<{ field: string; names: readonly string[] }> = [
	{
		field: 'Hộ tịch',
		names: [
			'Đăng ký khai sinh',
			'Đăng ký kết hôn',
			'Đăng ký khai tử',
			'Đăng ký nhận cha, mẹ, con',
			'Đăng ký giám hộ',
			'Cấp bản sao trích lục hộ tịch',
			'Cấp giấy xác nhận tình trạng hôn nhân',
			'Đăng ký thay đổi, cải chính thông tin hộ tịch',
		],
	},
	{
		field: 'Chứng thực',
		names: [
			'Chứng thực bản sao từ bản chính',
			'Chứng thực chữ ký trong giấy tờ, văn bản',
			'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản',
			'Chứng thực văn bản thỏa thuận phân chia di sản',
		],
	},
	{
		field: 'Thành lập và hoạt động của hộ kinh doanh',
		names: [
			'Đăng ký thành lập hộ kinh doanh',
			'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh',
			'Tạm ngừng hoạt động hộ kinh doanh',
			'Chấm dứt hoạt động hộ kinh doanh',
			'Cấp lại giấy chứng nhận đăng ký hộ kinh doanh',
		],
	},
	{
		field: 'Đất đai',
		names: [
			'Đăng ký biến động quyền sử dụng đất',
			'Cấp đổi giấy chứng nhận quyền sử dụng đất',
			'Xác nhận nguồn gốc đất',
			'Hòa giải tranh chấp đất đai',
			'Đính chính giấy chứng nhận đã cấp',
		],
	},
	{
		field: 'Bảo trợ xã hội',
		names: [
			'Trợ cấp xã hội hằng tháng đối với người cao tuổi',
			'Hỗ trợ chi phí mai táng',
			'Xác định mức độ khuyết tật',
			'Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở',
		],
	},
	{
		field: 'Người có công',
		names: [
			'Giải quyết chế độ ưu đãi đối với người có công với cách mạng',
			'Cấp giấy giới thiệu đi thăm viếng mộ liệt sĩ',
			'Hỗ trợ cải thiện nhà ở đối với người có công',
		],
	},
	{
		field: 'Xây dựng',
		names: [
			'Cấp giấy phép xây dựng nhà ở riêng lẻ',
			'Điều chỉnh giấy phép xây dựng',
			'Gia hạn giấy phép xây dựng',
			'Cấp giấy phép sửa chữa, cải tạo công trình',
		],
	},
	{
		field: 'Văn hóa cơ sở',
		names: ['Công nhận gia đình văn hóa', 'Thông báo tổ chức lễ hội', 'Đăng ký tổ chức hoạt động văn hóa, văn nghệ'],
	},
	{
		field: 'Giáo dục và đào tạo',
		names: [
			'Cho phép trường mầm non hoạt động giáo dục',
			'Sáp nhập, chia, tách trường tiểu học',
			'Chuyển trường đối với học sinh trung học cơ sở',
		],
	},
	{
		field: 'Nông nghiệp',
		names: [
			'Hỗ trợ khôi phục sản xuất vùng bị thiệt hại do thiên tai',
			'Xác nhận kế hoạch bảo vệ môi trường nông thôn',
			'Đăng ký kinh tế trang trại',
		],
	},
];

export const PLACES = [
	'An Hòa',
	'Bình Minh',
	'Cẩm Lệ',
	'Đông Hải',
	'Hòa Khánh',
	'Hương Sơ',
	'Kim Long',
	'Lạc Thiện',
	'Mỹ Thượng',
	'Nam Đông',
	'Phú Hội',
	'Quảng Điền',
	'Tân Thạnh',
	'Thuận An',
	'Thủy Xuân',
	'Vĩnh Ninh',
	'Xuân Phú',
	'Yên Thành',
	'Đức Phổ',
	'Long Hồ',
];

export const PEOPLE = [
	'Nguyễn Thị Lan',
	'Trần Văn Hùng',
	'Lê Minh Châu',
	'Phạm Quốc Bảo',
	'Hoàng Thị Mai',
	'Võ Đức Thắng',
	'Đặng Thu Hà',
	'Bùi Văn Nam',
	'Đỗ Thị Hạnh',
	'Huỳnh Tấn Phát',
];

export const ROLES = [
	'Bộ phận Một cửa',
	'Công chức Tư pháp - Hộ tịch',
	'Công chức Văn phòng - Thống kê',
	'Công chức Địa chính - Xây dựng',
	'Công chức Văn hóa - Xã hội',
	'Lãnh đạo phòng chuyên môn',
	'Phó Chủ tịch UBND',
	'Chủ tịch UBND',
	'Văn thư',
];

export const DOSSIER_PAPERS = [
	'Tờ khai theo mẫu',
	'Giấy tờ tùy thân có ảnh còn giá trị sử dụng',
	'Giấy tờ chứng minh nơi cư trú',
	'Văn bản ủy quyền có chứng thực',
	'Bản sao giấy chứng nhận đã cấp',
	'Biên bản xác minh của tổ dân phố',
	'Đơn đề nghị của người yêu cầu',
	'Giấy xác nhận của cơ sở y tế',
	'Sơ đồ vị trí thửa đất',
	'Bản vẽ thiết kế công trình',
];

/** Clauses the body sentences are built from: subject, verb phrase, object, circumstance. */
export const SUBJECTS = [
	'Bộ phận Một cửa',
	'Công chức được giao thụ lý',
	'Lãnh đạo đơn vị',
	'Người yêu cầu',
	'Tổ chức, cá nhân',
	'Văn thư cơ quan',
	'Thư ký ISO',
	'Chuyên viên phụ trách lĩnh vực',
	'Trung tâm Phục vụ hành chính công',
];
export const VERBS = [
	'tiếp nhận và kiểm tra tính đầy đủ, hợp lệ của',
	'hướng dẫn bổ sung, hoàn thiện',
	'cập nhật vào Hệ thống thông tin giải quyết thủ tục hành chính',
	'thẩm định nội dung',
	'trình lãnh đạo xem xét, phê duyệt',
	'lưu trữ theo quy định',
	'theo dõi tiến độ xử lý',
	'gửi thông báo bằng văn bản về',
	'rà soát, đối chiếu',
	'số hóa và ký số',
];
export const OBJECTS = [
	'hồ sơ đề nghị',
	'thành phần hồ sơ',
	'phiếu kiểm soát quá trình giải quyết',
	'giấy tờ kèm theo',
	'kết quả giải quyết thủ tục hành chính',
	'dữ liệu hộ tịch điện tử',
	'phiếu hẹn trả kết quả',
	'văn bản đề nghị bổ sung',
	'sổ theo dõi hồ sơ',
	'biên bản xác minh',
];
export const CIRCUMSTANCES = [
	'trong thời hạn quy định',
	'ngay trong ngày làm việc',
	'theo đúng trình tự của quy trình này',
	'trên Cổng dịch vụ công quốc gia',
	'khi hồ sơ chưa đầy đủ hoặc chưa hợp lệ',
	'trước khi trình ký',
	'bảo đảm công khai, minh bạch',
	'theo hướng dẫn của cơ quan cấp trên',
	'để người dân tra cứu tình trạng hồ sơ',
	'không yêu cầu nộp thêm giấy tờ ngoài quy định',
];
export const PURPOSES = [
	'Quy trình này quy định trình tự, thủ tục và trách nhiệm của các bộ phận trong việc giải quyết',
	'Bảo đảm việc giải quyết được thực hiện thống nhất, đúng thời hạn và thuận tiện cho người dân khi thực hiện',
	'Làm căn cứ để lãnh đạo kiểm soát quá trình và đánh giá mức độ hài lòng của tổ chức, cá nhân đối với',
];
