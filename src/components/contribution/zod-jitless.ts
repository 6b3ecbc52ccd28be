// Zod 4 probes for eval (`Function('')`) when it builds an object schema, to compile fast parsers.
// The site's Content-Security-Policy forbids eval, so in the browser the probe is reported as a
// violation. Imported first by the browser code, before any schema is built; the interpreter is
// fast enough for one form.
import { z } from 'astro/zod';

z.config({ jitless: true });
