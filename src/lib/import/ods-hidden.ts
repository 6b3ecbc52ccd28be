// The hidden sheets of an .ods file, which SheetJS's ODS reader does not report: a sheet is
// hidden when its table style says `table:display="false"`. Read with a real XML parser from
// content.xml (its inflated size already bounded by zip-guard.ts); rows are not parsed.
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';

type Node = Record<string, unknown>;

const list = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : v && typeof v === 'object' ? [v as Node] : []);

export function odsHiddenSheets(bytes: Uint8Array): Set<string> {
  const files = unzipSync(bytes, { filter: (f) => f.name === 'content.xml' });
  const content = files['content.xml'];
  if (!content) return new Set();
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    stopNodes: ['*.table:table-row', '*.table:table-column'],
    processEntities: false,
  });
  const doc = parser.parse(strFromU8(content)) as Node;
  const root = (doc['office:document-content'] ?? {}) as Node;
  const hiddenStyles = new Set(
    list((root['office:automatic-styles'] as Node | undefined)?.['style:style'])
      .filter((s) => s['@style:family'] === 'table' && list(s['style:table-properties']).some((p) => p['@table:display'] === 'false'))
      .map((s) => String(s['@style:name'])),
  );
  const spreadsheet = ((root['office:body'] as Node | undefined)?.['office:spreadsheet'] ?? {}) as Node;
  return new Set(
    list(spreadsheet['table:table'])
      .filter((t) => hiddenStyles.has(String(t['@table:style-name'])))
      .map((t) => String(t['@table:name'])),
  );
}
