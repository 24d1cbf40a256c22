/**
 * The one way Waypoint makes a PDF (issue 16 item 5): a ReportDocument → pdfmake document definition → PDF bytes, in
 * the renderer, the same in Electron and the browser host. pdfmake needs no eval, wasm, worker or network under our
 * Content-Security-Policy; its bundled Roboto covers Latin, Greek and Cyrillic names. It is loaded on first use.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { longDate, type ReportBlock, type ReportDocument } from '../../shared/reports';
import { chartImage } from './chart-image';

type PdfMake = typeof import('pdfmake/build/pdfmake');

let loaded: Promise<PdfMake> | null = null;

async function loadPdfMake(): Promise<PdfMake> {
  const [mod, fonts] = await Promise.all([import('pdfmake/build/pdfmake'), import('pdfmake/build/vfs_fonts')]);
  const withDefault: PdfMake & { default?: PdfMake } = mod;
  const pdfMake = withDefault.default ?? mod;
  pdfMake.addVirtualFileSystem(fonts.default);
  // Everything a report needs is in the document: never fetch a URL or read a path.
  pdfMake.setUrlAccessPolicy(() => false);
  return pdfMake;
}

function blockContent(block: ReportBlock): Content {
  switch (block.kind) {
    case 'paragraph':
      return { text: block.text, style: block.style ?? 'body', margin: [0, 0, 0, 6] };
    case 'empty':
      return { text: block.text, style: 'empty', margin: [0, 0, 0, 6] };
    case 'list':
      return block.ordered ? { ol: [...block.items], margin: [0, 0, 0, 6] } : { ul: [...block.items], margin: [0, 0, 0, 6] };
    case 'table':
      return {
        table: {
          headerRows: 1,
          widths: block.columns.map(() => '*'),
          body: [block.columns.map((c) => ({ text: c, style: 'th' })), ...block.rows.map((r) => [...r])],
        },
        layout: 'lightHorizontalLines',
        margin: [0, 2, 0, 8],
      };
    case 'chart': {
      const image = chartImage(block, longDate);
      return image
        ? { image, width: 480, margin: [0, 2, 0, 6] }
        : { text: `${block.title}: chart not available; the values are in the table below.`, style: 'empty' };
    }
  }
}

/** The pdfmake definition of a document (Letter, 12 pt body, header box for notices, page x of y footer). */
export function pdfDefinition(doc: ReportDocument): TDocumentDefinitions {
  const notice: Content[] =
    doc.notice.length === 0
      ? []
      : [{ table: { widths: ['*'], body: [[{ stack: doc.notice.map((t) => ({ text: t, bold: true })), margin: [6, 6, 6, 6] }]] }, margin: [0, 0, 0, 10] }];
  return {
    pageSize: 'LETTER',
    pageMargins: [48, 48, 48, 56],
    info: { title: doc.title, creator: 'Waypoint', producer: 'Waypoint' },
    content: [
      { text: doc.title, style: 'title' },
      ...doc.headerLines.map((line): Content => ({ text: line, style: 'meta' })),
      { text: ' ', margin: [0, 0, 0, 4] },
      ...notice,
      ...doc.sections.flatMap((s): Content[] => [{ text: s.heading, style: 'h2' }, ...s.blocks.map(blockContent)]),
    ],
    footer: (page, pages) => ({ text: `${doc.footer} · page ${String(page)} of ${String(pages)}`, style: 'footer', margin: [48, 16, 48, 0] }),
    defaultStyle: { font: 'Roboto', fontSize: 12, lineHeight: 1.15 },
    styles: {
      title: { fontSize: 20, bold: true, margin: [0, 0, 0, 6] },
      meta: { fontSize: 12, color: '#343a40' },
      h2: { fontSize: 15, bold: true, margin: [0, 10, 0, 4] },
      th: { bold: true },
      body: {},
      strong: { bold: true },
      large: { fontSize: 14 },
      muted: { color: '#495057' },
      empty: { italics: true, color: '#343a40' },
      footer: { fontSize: 9, color: '#495057' },
    },
  };
}

/** The PDF of a document, base64-encoded (what the host's save takes for a binary file). */
export async function renderPdfBase64(doc: ReportDocument): Promise<string> {
  loaded ??= loadPdfMake();
  const pdfMake = await loaded;
  return pdfMake.createPdf(pdfDefinition(doc)).getBase64();
}
