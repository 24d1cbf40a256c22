import { Group, List, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { diffVersions, DIFF_SECTIONS, type DiffSection, type PlanChange } from '../../../../shared/progress/plans/plan-diff';
import type { Objective, TreatmentPlanVersion } from '../../../../shared/progress/plans/types';
import { targetText } from '../plan-text';

const SECTION_LABELS: Readonly<Record<DiffSection, string>> = {
  plan: 'About the plan',
  diagnoses: 'Diagnoses',
  strengths: 'Strengths',
  services: 'Services',
  target_behaviours: 'Target behaviours',
  problems: 'Problems',
  goals: 'Goals',
  objectives: 'Objectives',
  targets: 'Targets',
  interventions: 'Interventions',
};
const FIELD_WORDS: Readonly<Record<string, string>> = {
  effectiveFrom: 'start date',
  reviewDueOn: 'review date',
  reviewPreset: 'review cycle',
  clientStatement: 'client’s words',
  dischargeCriteria: 'discharge criteria',
  levelOfCare: 'level of care',
  primaryOutcomeInstrumentId: 'primary measure',
  asamDimensionLinks: 'ASAM links',
  measure: 'target',
  targetDate: 'target date',
  clientWords: 'client’s words',
  clinicalStatement: 'clinician’s statement',
  statement: 'wording',
  responsibleStaffIds: 'responsible staff',
};
const words = (f: string) => FIELD_WORDS[f] ?? f.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

const objectiveIn = (v: TreatmentPlanVersion, id: string): Objective | undefined =>
  v.problems
    .flatMap((p) => p.goals)
    .flatMap((g) => g.objectives)
    .find((o) => o.objectiveId === id);
const shown = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/** Before → after, where a person can read it: a target, an objective's wording, a date or text of the plan. */
function beforeAfter(c: PlanChange, from: TreatmentPlanVersion, to: TreatmentPlanVersion): string {
  if (c.section === 'plan') {
    const [a, b] = [shown(new Map(Object.entries(from)).get(c.id)), shown(new Map(Object.entries(to)).get(c.id))];
    return a || b ? `: ${a || '—'} → ${b || '—'}` : '';
  }
  const [a, b] = [objectiveIn(from, c.id), objectiveIn(to, c.id)];
  if (!a || !b || c.change !== 'changed') return '';
  if (c.section === 'targets')
    return `: ${targetText(a.measure, from.targetBehaviours)} by ${a.targetDate} → ${targetText(b.measure, to.targetBehaviours)} by ${b.targetDate}`;
  if (c.section === 'objectives' && c.fields.includes('statement')) return `: “${a.statement}” → “${b.statement}”`;
  return '';
}

function changeLine(c: PlanChange, from: TreatmentPlanVersion, to: TreatmentPlanVersion): string {
  if (c.section === 'plan') return `Changed: ${words(c.id)}${beforeAfter(c, from, to)}`;
  const what = c.label.trim() || '(untitled)';
  return c.change === 'changed'
    ? `Changed: ${what} (${c.fields.map(words).join(', ')})${beforeAfter(c, from, to)}`
    : `${c.change === 'added' ? 'Added' : 'Removed'}: ${what}`;
}

/** Two versions side by side as a list of changes, section by section (progress.md §1.7). */
export function CompareVersions({ versions }: { readonly versions: readonly TreatmentPlanVersion[] }) {
  const newest = versions.at(-1);
  const [fromId, setFromId] = useState(versions.at(-2)?.versionId ?? newest?.versionId ?? '');
  const [toId, setToId] = useState(newest?.versionId ?? '');
  const from = versions.find((v) => v.versionId === fromId);
  const to = versions.find((v) => v.versionId === toId);
  if (versions.length < 2)
    return (
      <Text size="sm" c="gray.7">
        There is one version so far: revise the plan to compare versions.
      </Text>
    );
  const choices = versions.map((v) => ({ value: v.versionId, label: `Version ${String(v.version)}` }));
  if (!from || !to) return null;
  const changes = diffVersions(from, to);
  return (
    <Stack gap="sm" role="region" aria-label="Compare versions">
      <Group>
        <NativeSelect
          label="From"
          data={choices}
          value={fromId}
          onChange={(e) => {
            setFromId(e.currentTarget.value);
          }}
        />
        <NativeSelect
          label="To"
          data={choices}
          value={toId}
          onChange={(e) => {
            setToId(e.currentTarget.value);
          }}
        />
      </Group>
      {changes.length === 0 ? (
        <Text size="sm">No differences between these versions.</Text>
      ) : (
        DIFF_SECTIONS.filter((s) => changes.some((c) => c.section === s)).map((s) => (
          <Stack key={s} gap={2}>
            <Title order={5}>{SECTION_LABELS[s]}</Title>
            <List size="sm">
              {changes
                .filter((c) => c.section === s)
                .map((c) => (
                  <List.Item key={`${c.id}-${c.change}`}>{changeLine(c, from, to)}</List.Item>
                ))}
            </List>
          </Stack>
        ))
      )}
    </Stack>
  );
}
