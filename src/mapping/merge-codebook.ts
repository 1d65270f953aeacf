// Codebook data with the place (file:line) of every section, topic and phrase, and the
// merge of an extending file over the codebook it extends (sections and topics by id).
import { CodebookError } from '../model/errors.ts';
import type { CodebookFile, CodebookPatchFile } from './codebook-schema.ts';
import type { Placed, PlacedCodebook } from './check-codebook.ts';
import type { YamlFile } from './yaml-places.ts';

function placeOf(yaml: YamlFile, path: (string | number)[]): string {
  return `${yaml.file}:${yaml.line(path)}`;
}

export function placeFull(yaml: YamlFile, data: CodebookFile): PlacedCodebook {
  return {
    id: data.id, title: data.title,
    ...(data.version !== undefined ? { version: data.version } : {}),
    source: yaml.file,
    sections: data.sections.map((section, s) => ({
      ...section,
      place: placeOf(yaml, ['sections', s, 'id']),
      topics: section.topics.map((topic, t) => ({
        ...topic,
        place: placeOf(yaml, ['sections', s, 'topics', t, 'id']),
        phrasePlaces: topic.phrases.map((_, p) => placeOf(yaml, ['sections', s, 'topics', t, 'phrases', p])),
      })),
    })),
  };
}

export function mergeOver(base: PlacedCodebook, yaml: YamlFile, patch: CodebookPatchFile): PlacedCodebook {
  const sections = base.sections.map((section) => ({ ...section, topics: [...section.topics] }));
  patch.sections.forEach((sp, s) => {
    const place = placeOf(yaml, ['sections', s, 'id']);
    let target = sections.find((section) => section.id === sp.id);
    if (target === undefined) {
      if (sp.title === undefined || sp.appliesTo === undefined) {
        throw new CodebookError(`${place}: new section "${sp.id}" needs a title and appliesTo (it is not in "${patch.extends}")`);
      }
      target = { id: sp.id, title: sp.title, covers: '', place, topics: [],
        appliesTo: { roles: [], secondaryRoles: [], agendaItems: [], workshops: [], titles: [] } };
      sections.push(target);
    }
    const index = sections.indexOf(target);
    const merged: Placed['section'] = {
      ...target,
      ...(sp.title !== undefined ? { title: sp.title } : {}),
      ...(sp.covers !== undefined ? { covers: sp.covers } : {}),
      ...(sp.facet !== undefined ? { facet: sp.facet } : {}),
      appliesTo: {
        roles: sp.appliesTo?.roles ?? target.appliesTo.roles,
        secondaryRoles: sp.appliesTo?.secondaryRoles ?? target.appliesTo.secondaryRoles,
        agendaItems: sp.appliesTo?.agendaItems ?? target.appliesTo.agendaItems,
        workshops: sp.appliesTo?.workshops ?? target.appliesTo.workshops,
        titles: sp.appliesTo?.titles ?? target.appliesTo.titles,
      },
      topics: [...target.topics],
    };
    sp.topics.forEach((tp, t) => {
      const topicPlace = placeOf(yaml, ['sections', s, 'topics', t, 'id']);
      const at = merged.topics.findIndex((topic) => topic.id === tp.id);
      const old = at >= 0 ? merged.topics[at] : undefined;
      if (old === undefined && (tp.label === undefined || tp.phrases === undefined)) {
        throw new CodebookError(`${topicPlace}: new topic "${tp.id}" needs a label and phrases`);
      }
      const phrases = tp.phrases ?? old?.phrases ?? [];
      const topic: Placed['topic'] = {
        id: tp.id,
        label: tp.label ?? old?.label ?? '',
        ...((tp.aliases ?? old?.aliases) !== undefined ? { aliases: tp.aliases ?? old?.aliases ?? [] } : {}),
        description: tp.description ?? old?.description ?? '',
        phrases,
        exclude: tp.exclude ?? old?.exclude ?? [],
        examples: tp.examples ?? old?.examples ?? [],
        place: topicPlace,
        phrasePlaces: tp.phrases
          ? tp.phrases.map((_, p) => placeOf(yaml, ['sections', s, 'topics', t, 'phrases', p]))
          : (old?.phrasePlaces ?? []),
      };
      if (old !== undefined) merged.topics[at] = topic;
      else merged.topics.push(topic);
    });
    sections[index] = merged;
  });
  return {
    id: patch.id ?? base.id,
    title: patch.title ?? base.title,
    ...(patch.version ?? base.version ? { version: patch.version ?? base.version ?? '' } : {}),
    source: yaml.file,
    extends: patch.extends,
    sections,
  };
}

