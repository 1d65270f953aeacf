// The heading stack: a new heading closes every open heading of equal or lower rank.

import type { SectionRole, SourcePlace } from '../../model/types.ts';
import type { HeadingDraft } from './drafts.ts';
import { numbersNamed } from './classify.ts';

export class HeadingTree {
  readonly all: HeadingDraft[] = [];
  private readonly byId = new Map<string, HeadingDraft>();
  private readonly stack: HeadingDraft[] = [];

  open(spec: { rank: number; labelled: boolean; label: string; title: string; role: SectionRole; place: SourcePlace }): HeadingDraft {
    while (this.stack.length > 0 && (this.stack[this.stack.length - 1]?.rank ?? 0) >= spec.rank) this.stack.pop();
    const parent = this.stack[this.stack.length - 1];
    const heading: HeadingDraft = {
      id: `h${this.all.length + 1}`,
      level: this.stack.length + 1,
      ...spec,
      agendaItems: numbersNamed(spec.title, 'agenda item'),
      workshops: numbersNamed(spec.title, 'workshop'),
      ...(parent === undefined ? {} : { parentId: parent.id }),
    };
    this.stack.push(heading);
    this.all.push(heading);
    this.byId.set(heading.id, heading);
    return heading;
  }

  get current(): HeadingDraft | undefined {
    return this.stack[this.stack.length - 1];
  }

  /** Rank for an unlabelled sub-heading ("Summary of deliberations"): just below the nearest labelled heading. */
  subRank(): number {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const heading = this.stack[i];
      if (heading?.labelled) return heading.rank + 0.5;
    }
    return 1.5;
  }

  roleOfParentAt(rank: number): SectionRole | undefined {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const heading = this.stack[i];
      if (heading !== undefined && heading.rank < rank) return heading.role;
    }
    return undefined;
  }

  /** Headings from the top down to (and including) the one with this id. */
  pathTo(id: string | undefined): HeadingDraft[] {
    const path: HeadingDraft[] = [];
    let heading = id === undefined ? undefined : this.byId.get(id);
    while (heading !== undefined) {
      path.unshift(heading);
      const parentId: string | undefined = heading.parentId;
      heading = parentId === undefined ? undefined : this.byId.get(parentId);
    }
    return path;
  }
}
