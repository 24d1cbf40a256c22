import { Group, List, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { diffVersions, DIFF_SECTIONS, type DiffSection, type PlanChange } from '../../../../shared/progress/plans/plan-diff';
import type { TreatmentPlanVersion } from '../../../../shared/progress/plans/types';

const SECTION_LABELS: Readonly<Record<DiffSection, string>> = {
  plan: 'About the plan', diagnoses: 'Diagnoses', strengths: 'Strengths', services: 'Services', target_behaviours: 'Target behaviours',
  problems: 'Problems', goals: 'Goals', objectives: 'Objectives', targets: 'Targets', interventions: 'Interventions',
};
const FIELD_WORDS: Readonly<Record<string, string>> = {
  effectiveFrom: 'start date', reviewDueOn: 'review date', reviewPreset: 'review cycle', clientStatement: 'client’s words', dischargeCriteria: 'discharge criteria',
  levelOfCare: 'level of care', primaryOutcomeInstrumentId: 'primary measure', asamDimensionLinks: 'ASAM links', measure: 'target', targetDate: 'target date',
  clientWords: 'client’s words', clinicalStatement: 'clinician’s statement', statement: 'wording', responsibleStaffIds: 'responsible staff',
};
const words = (f: string) => FIELD_WORDS[f] ?? f.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

function changeLine(c: PlanChange): string {
  if (c.section === 'plan') return `Changed: ${words(c.id)}`;
  const what = c.label.trim() || '(untitled)';
  return c.change === 'changed' ? `Changed: ${what} (${c.fields.map(words).join(', ')})` : `${c.change === 'added' ? 'Added' : 'Removed'}: ${what}`;
}

/** Two versions side by side as a list of changes, section by section (progress.md §1.7). */
export function CompareVersions({ versions }: { readonly versions: readonly TreatmentPlanVersion[] }) {
  const newest = versions.at(-1);
  const [fromId, setFromId] = useState(versions.at(-2)?.versionId ?? newest?.versionId ?? '');
  const [toId, setToId] = useState(newest?.versionId ?? '');
  const from = versions.find((v) => v.versionId === fromId);
  const to = versions.find((v) => v.versionId === toId);
  if (versions.length < 2) return <Text size="sm" c="gray.7">There is one version so far: revise the plan to compare versions.</Text>;
  const choices = versions.map((v) => ({ value: v.versionId, label: `Version ${String(v.version)}` }));
  const changes = from && to ? diffVersions(from, to) : [];
  return (
    <Stack gap="sm" role="region" aria-label="Compare versions">
      <Group>
        <NativeSelect label="From" data={choices} value={fromId} onChange={(e) => { setFromId(e.currentTarget.value); }} />
        <NativeSelect label="To" data={choices} value={toId} onChange={(e) => { setToId(e.currentTarget.value); }} />
      </Group>
      {changes.length === 0 ? <Text size="sm">No differences between these versions.</Text> : DIFF_SECTIONS.filter((s) => changes.some((c) => c.section === s)).map((s) => (
        <Stack key={s} gap={2}>
          <Title order={5}>{SECTION_LABELS[s]}</Title>
          <List size="sm">{changes.filter((c) => c.section === s).map((c) => <List.Item key={`${c.id}-${c.change}`}>{changeLine(c)}</List.Item>)}</List>
        </Stack>
      ))}
    </Stack>
  );
}
