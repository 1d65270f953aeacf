export { structureDocument, type StructureOptions } from './build-document.ts';
export { walkBlocks, type Skeleton } from './walk-blocks.ts';
export { readMetadata, regionOf, type Metadata } from './metadata.ts';
export { inferSymbol, provisionalSymbol, type SymbolInference } from './symbol.ts';
export { introducesRecommendations } from './recommendations.ts';
export { extractFootnoteMarkers } from './text.ts';
