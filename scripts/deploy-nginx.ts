// `npm run deploy:nginx`: writes deploy/site.conf, the nginx directives that deploy/nginx.conf
// includes, from the header description in src/lib/site/headers.ts. A test fails while the
// committed file differs from what this writes. With CARTE_FOND=ign, the policy also allows the
// basemap's host: use that output on a server whose build sets CARTE_FOND=ign.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { headerRules, nginxSiteConf } from '../src/lib/site/headers.ts';
import { CARTE_FOND } from '../src/site-config.ts';

const target = process.argv[2] ?? path.resolve(import.meta.dirname, '../deploy/site.conf');
writeFileSync(target, nginxSiteConf(headerRules({ basemapOrigins: CARTE_FOND?.origines ?? [] })));
console.log(`Configuration nginx écrite : ${path.relative(process.cwd(), target)}`);
