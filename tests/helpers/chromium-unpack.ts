/**
 * Unpacks the browser of @sparticuz/chromium and the libraries it links to into the folder given
 * as the only argument: `chromium` and `al2023/lib/`. Runs in a process of its own because the
 * package unpacks into `os.tmpdir()`, which this process points at that folder. The package's
 * fonts and WebGL stack stay packed: the tests use the system's fonts and run with --disable-gpu.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [target] = process.argv.slice(2);
if (target === undefined) throw new Error('Usage: node chromium-unpack.ts <folder>');
process.env['TMPDIR'] = target;
const { inflate } = await import('@sparticuz/chromium');
const bin = fileURLToPath(new URL('../bin/', import.meta.resolve('@sparticuz/chromium')));
await Promise.all([inflate(join(bin, 'chromium.br')), inflate(join(bin, 'al2023.tar.br'))]);
