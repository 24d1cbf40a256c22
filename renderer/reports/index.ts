/** The report machinery: ReportDocument → PDF bytes, and saving through the host (see shared/reports for builders). */
export { renderPdfBase64, pdfDefinition } from './pdf';
export { savePdf, saveCsv, saveJson, fileNameOf } from './save-report';
