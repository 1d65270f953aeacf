// Checks a codebook beyond its schema: ids unique, every section applies to some report
// section, every key phrase can match something. Then drops the places it carried.
import { CodebookError } from '../model/errors.ts';
import { contentKeys } from '../text/tokens.ts';
import type { AppliesTo, Codebook, IndexSection, Topic } from './types.ts';

type Role = AppliesTo['roles'][number];

export interface Placed {
  topic: Topic & { readonly place: string; readonly phrasePlaces: readonly string[] };
  section: Omit<IndexSection, 'topics' | 'appliesTo'> & {
    readonly place: string;
    readonly appliesTo: AppliesTo & { readonly secondaryRoles: readonly Role[] };
    readonly topics: Placed['topic'][];
  };
}

export interface PlacedCodebook extends Omit<Codebook, 'sections'> {
  readonly sections: readonly Placed['section'][];
}

export function checkCodebook(codebook: PlacedCodebook): Codebook {
  const sectionIds = new Map<string, string>();
  const topicIds = new Map<string, string>();
  for (const section of codebook.sections) {
    const before = sectionIds.get(section.id);
    if (before !== undefined) {
      throw new CodebookError(`${section.place}: duplicate section id "${section.id}" (first defined at ${before})`);
    }
    sectionIds.set(section.id, section.place);
    const a = section.appliesTo;
    if (a.roles.length + a.secondaryRoles.length + a.agendaItems.length + a.workshops.length + a.titles.length === 0) {
      throw new CodebookError(
        `${section.place}: section "${section.id}" applies to no report section: give appliesTo roles, agendaItems, workshops or titles`,
      );
    }
    for (const topic of section.topics) {
      const first = topicIds.get(topic.id);
      if (first !== undefined) {
        throw new CodebookError(`${topic.place}: duplicate topic id "${topic.id}" (first defined at ${first})`);
      }
      topicIds.set(topic.id, topic.place);
      topic.phrases.forEach((phrase, p) => {
        if (contentKeys(phrase).length === 0) {
          throw new CodebookError(
            `${topic.phrasePlaces[p] ?? topic.place}: key phrase "${phrase}" of topic ${topic.id} can never match: ` +
              'it has only stop words or punctuation (write content words, e.g. "access to justice")',
          );
        }
      });
      for (const phrase of topic.exclude) {
        if (contentKeys(phrase).length === 0) {
          throw new CodebookError(`${topic.place}: exclusion "${phrase}" of topic ${topic.id} can never match (only stop words)`);
        }
      }
    }
  }
  return {
    id: codebook.id,
    title: codebook.title,
    ...(codebook.version !== undefined ? { version: codebook.version } : {}),
    ...(codebook.source !== undefined ? { source: codebook.source } : {}),
    ...(codebook.extends !== undefined ? { extends: codebook.extends } : {}),
    sections: codebook.sections.map((section) => ({
      id: section.id,
      title: section.title,
      covers: section.covers,
      ...(section.facet !== undefined ? { facet: section.facet } : {}),
      appliesTo: section.appliesTo,
      topics: section.topics.map((topic) => ({
        id: topic.id,
        label: topic.label,
        ...(topic.aliases !== undefined && topic.aliases.length > 0 ? { aliases: topic.aliases } : {}),
        description: topic.description,
        phrases: topic.phrases,
        exclude: topic.exclude,
        examples: topic.examples,
      })),
    })),
  };
}
