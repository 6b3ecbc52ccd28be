// Checks an HTTP request against GitHub's published REST API description (@octokit/openapi, the
// operations the relay uses, kept in github-openapi.json by `npm run openapi:relay`):
// the method and path must name an operation, path and query parameters must match their
// schemas, required ones must be there, and the JSON body must match the operation's schema.
// Hand-written glue over Ajv because the maintained OpenAPI request validators found either
// target Express or no longer follow OpenAPI 3.0 closely; Ajv does the schema work itself.
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: object;
}
interface Operation {
  operationId: string;
  parameters?: Array<Parameter | { $ref: string }>;
  requestBody?: { required?: boolean; content: Record<string, { schema: object }> };
}
interface Spec {
  paths: Record<string, Record<string, Operation>>;
  components: { parameters: Record<string, Parameter> };
}

const spec = JSON.parse(readFileSync(new URL('github-openapi.json', import.meta.url), 'utf8')) as Spec;
// OpenAPI 3.0 lets `nullable` stand beside `oneOf` without a `type` (an issue's milestone, its
// title); JSON Schema has no such keyword and Ajv refuses it there. Dropping it only refuses a
// null the relay never sends.
(function dropUntypedNullable(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  if ('nullable' in o && !('type' in o)) delete o.nullable;
  for (const v of Object.values(o)) dropUntypedNullable(v);
})(spec);
const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, logger: false, coerceTypes: false });
// ajv-formats is CommonJS: its module is the plugin function itself.
addFormats(ajv);
ajv.addSchema(spec, 'gh');

const pointer = (...segments: string[]) =>
  `gh#/${segments.map((s) => encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/')}`;
const compiled = new Map<string, ValidateFunction>();
function validator(ref: string): ValidateFunction {
  let v = compiled.get(ref);
  if (!v) {
    v = ajv.compile({ $ref: ref });
    compiled.set(ref, v);
  }
  return v;
}

const SLASHED = new Set(['path', 'ref']);

/** Path templates, the most literal first, with a pattern each; a file path or a ref may hold « / ». */
const templates = Object.keys(spec.paths)
  .map((template) => {
    const names: string[] = [];
    const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, name: string) => {
      names.push(name);
      return '\u0000';
    });
    const parts = source.split('\u0000');
    const strict = new RegExp(`^${parts.map((p, i) => (i === 0 ? p : `([^/]+)${p}`)).join('')}$`);
    // GitHub documents these parameters as holding slashes (a file path, `heads/main`).
    const slashed = (i: number) => i === parts.length - 1 && SLASHED.has(names[i - 1] ?? '');
    const loose = new RegExp(`^${parts.map((p, i) => (i === 0 ? p : `(${slashed(i) ? '.+' : '[^/]+'})${p}`)).join('')}$`);
    return { template, names, strict, loose, literal: template.replace(/\{[^}]+\}/g, '').length };
  })
  .sort((a, b) => b.literal - a.literal);

export interface CheckedRequest {
  /** `METHOD /path/{template}` of the matched operation. */
  operation?: string;
  params: Record<string, string>;
  problems: string[];
}

function resolve(p: Parameter | { $ref: string }): Parameter {
  if ('$ref' in p) {
    const name = p.$ref.replace('#/components/parameters/', '');
    const found = spec.components.parameters[name];
    if (!found) throw new Error(`paramètre inconnu ${p.$ref}`);
    return found;
  }
  return p;
}

function coerce(value: string, schema: { type?: string } | undefined): unknown {
  if (schema?.type === 'integer' || schema?.type === 'number')
    return value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value;
  if (schema?.type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  return value;
}

export function checkRequest(method: string, url: URL, body: string, contentType: string | undefined): CheckedRequest {
  const problems: string[] = [];
  const path = url.pathname;
  const verb = method.toLowerCase();
  const match =
    templates.find((t) => t.strict.test(path) && spec.paths[t.template]?.[verb]) ??
    templates.find((t) => t.loose.test(path) && spec.paths[t.template]?.[verb]);
  if (!match) return { params: {}, problems: [`${method} ${path} : aucune opération de l’API GitHub ne correspond`] };
  const operation = spec.paths[match.template]?.[verb] as Operation;
  const values = (match.strict.exec(path) ?? match.loose.exec(path))?.slice(1) ?? [];
  const params = Object.fromEntries(match.names.map((n, i) => [n, decodeURIComponent(values[i] ?? '')]));
  const name = `${method} ${match.template}`;
  const parameters = (operation.parameters ?? []).map(resolve);
  const query = Object.fromEntries(url.searchParams);
  for (const key of Object.keys(query)) {
    if (!parameters.some((p) => p.in === 'query' && p.name === key)) problems.push(`${name} : paramètre de requête inconnu « ${key} »`);
  }
  for (const p of parameters) {
    if (p.in !== 'path' && p.in !== 'query') continue;
    const raw = p.in === 'path' ? params[p.name] : query[p.name];
    if (raw === undefined) {
      if (p.required) problems.push(`${name} : paramètre obligatoire « ${p.name} » absent`);
      continue;
    }
    if (p.schema) {
      const check = ajv.compile(p.schema);
      if (!check(coerce(raw, p.schema)))
        problems.push(`${name} : paramètre « ${p.name} » = ${JSON.stringify(raw)} : ${ajv.errorsText(check.errors)}`);
    }
  }
  const expected = operation.requestBody?.content['application/json'];
  if (body.trim() === '') {
    if (operation.requestBody?.required) problems.push(`${name} : corps obligatoire absent`);
  } else if (!expected) {
    problems.push(`${name} : cette opération ne prend pas de corps JSON`);
  } else {
    if (!(contentType ?? '').startsWith('application/json'))
      problems.push(`${name} : Content-Type ${contentType ?? '(absent)'} au lieu de application/json`);
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      problems.push(`${name} : corps JSON illisible`);
    }
    const check = validator(pointer('paths', match.template, verb, 'requestBody', 'content', 'application/json', 'schema'));
    if (json !== undefined && !check(json)) problems.push(`${name} : corps non conforme : ${ajv.errorsText(check.errors)}`);
  }
  return { operation: name, params, problems };
}
