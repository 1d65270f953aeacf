// mapping.pdf through LibreOffice, and the page numbers of the Word file's contents and index.
export { CONVERT_TIMEOUT_MS, docxToPdf, findSoffice, SOFFICE_HINT } from './soffice.ts';
export { destinationPages } from './destinations.ts';
export { paginate, pagesOfDestinations, type Paginated } from './paginate.ts';
