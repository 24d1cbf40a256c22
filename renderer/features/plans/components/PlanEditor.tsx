import { Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { blankProblem, withSchedule } from '../../../../shared/progress/plans/plan-builders';
import { REVIEW_INTERVALS } from '../../../../shared/progress/plans/plan-status';
import { REVIEW_PRESETS, type Problem, type ReviewPresetId } from '../../../../shared/progress/plans/types';
import { formatIsoDate } from '../../../components/format-date';
import { setIn, updateListIn } from '../plan-paths';
import type { EditorApi } from './editor-api';
import { DiagnosesServicesEditor } from './DiagnosesServicesEditor';
import { ProblemEditor } from './GoalEditor';
import { fieldsApi, PlanDate, PlanFieldsContext, PlanLines, PlanTextarea } from './plan-fields';
import { TargetBehavioursEditor } from './TargetBehavioursEditor';
import type { PlanDraft } from '../usePlanDraft';

const PRESET_LABELS: Readonly<Record<ReviewPresetId, string>> = {
  waypoint_default: 'Clinic default: every 30 days',
  cms_iop: 'Medicare IOP: recertify every 60 days',
  cms_php: 'Medicare PHP: day 18, then every 30 days',
  nd_iop: 'North Dakota IOP: every 14 days',
  mt_asam_2_5: 'Montana ASAM 2.5: every 14 days',
  ks_outpatient: 'Kansas outpatient: every 90 days',
};
const isPreset = (v: string): v is ReviewPresetId => REVIEW_PRESETS.some((p) => p === v);

function AboutPlan({ ed }: { readonly ed: EditorApi }) {
  const { plan } = ed;
  return (
    <Stack gap="sm">
      <Title order={4}>About this plan</Title>
      <Group align="flex-start">
        <PlanDate path="effectiveFrom" label="Plan starts on" required />
        <NativeSelect
          label="Review cycle"
          data={REVIEW_PRESETS.map((p) => ({ value: p, label: PRESET_LABELS[p] }))}
          value={plan.reviewPreset}
          onChange={(e) => {
            ed.set('reviewPreset', e.currentTarget.value);
          }}
        />
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            Review due
          </Text>
          <Text size="sm" aria-label="Review due">
            {formatIsoDate(plan.reviewDueOn)} ({String(REVIEW_INTERVALS[plan.reviewPreset].first)} days after the start)
          </Text>
          {ed.errors.reviewDueOn && (
            <Text size="sm" c="red.9">
              {ed.errors.reviewDueOn}
            </Text>
          )}
        </Stack>
      </Group>
      {plan.version >= 2 && <PlanTextarea path="changeSummary" label="What this revision changes" required />}
      <PlanTextarea path="clientStatement" label="What the client wants from treatment, in their words" required />
      <PlanLines path="strengths" label="Strengths" description="One per line" required />
      <PlanTextarea path="dischargeCriteria.text" label="Discharge criteria discussed with the client" required />
    </Stack>
  );
}

/** The plan draft's fields: about the plan, target behaviours, then problems → goals → objectives → interventions. */
export function PlanEditor({ draft, ed: base }: { readonly draft: PlanDraft; readonly ed: Omit<EditorApi, 'plan' | 'errors' | 'set' | 'list'> }) {
  const { plan, errors, update } = draft;
  const ed: EditorApi = useMemo(() => {
    const set = (path: string, value: unknown) => {
      // The start date and the review cycle also move the review date (the clinic cycle, §1.5).
      if (path === 'effectiveFrom' && typeof value === 'string') update(withSchedule(plan, value, plan.reviewPreset));
      else if (path === 'reviewPreset' && typeof value === 'string' && isPreset(value)) update(withSchedule(plan, plan.effectiveFrom, value));
      else update(setIn(plan, path, value));
    };
    return {
      ...base,
      plan,
      errors,
      set,
      list: (path, fn) => {
        update(updateListIn(plan, path, fn));
      },
    };
  }, [base, plan, errors, update]);
  const addProblem = () => {
    ed.list('problems', (l: readonly Problem[]) => [...l, blankProblem(ed.newId(), l.length + 1)]);
  };
  return (
    <PlanFieldsContext.Provider value={fieldsApi(plan, ed.set, errors)}>
      <Stack gap="lg">
        <AboutPlan ed={ed} />
        <DiagnosesServicesEditor ed={ed} />
        <TargetBehavioursEditor ed={ed} />
        <Stack gap="sm">
          <Title order={4}>Problems, goals and objectives</Title>
          {errors.problems && (
            <Text c="red.9" size="sm">
              {errors.problems}
            </Text>
          )}
          {plan.problems.map((p, k) => (
            <ProblemEditor key={p.problemId} ed={ed} index={k} problem={p} />
          ))}
          <Group>
            <Button variant="light" onClick={addProblem}>
              Add problem
            </Button>
          </Group>
        </Stack>
      </Stack>
    </PlanFieldsContext.Provider>
  );
}
