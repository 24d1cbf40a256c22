import { Title } from '@mantine/core';
import type { NoteSection } from '../../../../shared/domain/records';
import { RichTextView } from '../../../components/RichTextSection';

/** A note's sections read-only, each a labelled region under its heading (signed, discarded or someone else's draft). */
export function NoteSections({ sections, headingOrder = 2 }: { sections: readonly NoteSection[]; headingOrder?: 2 | 4 }) {
  return sections.map((s) => (
    <section key={s.key} aria-label={s.heading}>
      <Title order={headingOrder} size={headingOrder === 2 ? 'h4' : 'h5'}>
        {s.heading}
      </Title>
      <RichTextView html={s.html} />
    </section>
  ));
}
