// MappingRun -> mapping.qdpx: a REFI-QDA project (project.qde and its sources as plain text),
// for NVivo, ATLAS.ti, MAXQDA, QualCoder and the like.
import JSZip from 'jszip';
import { OutputError } from '../../model/errors.ts';
import type { MappingRun } from '../../pipeline/types.ts';
import { projectXml, type QdpxProvenance } from './project-xml.ts';

export { projectXml, MACHINE_USER, type QdpxProvenance } from './project-xml.ts';
export { sourceText, codePointOffsets } from './plain-text.ts';
export { codeGuid, sourceGuid, uuidV5 } from './guids.ts';

/** The .qdpx as bytes; zip dates are the run's, so the same run gives the same bytes. */
export async function renderQdpx(run: MappingRun, provenance?: QdpxProvenance): Promise<Buffer> {
  if (run.models === undefined) {
    throw new OutputError('a REFI-QDA project needs the reports\' text, which this run does not carry (it was not made by buildRun)');
  }
  const { xml, sources } = projectXml(run, provenance);
  const date = new Date(run.generatedAt);
  const zip = new JSZip();
  zip.file('project.qde', xml, { date });
  for (const source of sources) zip.file(`sources/${source.guid}.txt`, source.text, { date, createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
}
