import { Divider, Loader, Stack, Title } from '@mantine/core';
import { useImportLicensedText, useInstrumentCatalog } from './useInstrumentCatalog';
import { CopingSkillsEditor, useCheckInActions, useCopingSkills } from '../check-ins';
import { LicensedImportPanel } from './components/LicensedImportPanel';

/** /measures/settings: the clinic's coping-skills list and licensed instrument text. */
export function MeasuresSettingsPage() {
  const skills = useCopingSkills();
  const actions = useCheckInActions();
  const catalog = useInstrumentCatalog();
  const importLicensed = useImportLicensedText();
  if (!skills || !catalog) return <Loader aria-label="Loading measures settings" />;
  return (
    <Stack maw={900}>
      <Title order={1}>Measures settings</Title>
      <CopingSkillsEditor key={skills.clinic.join('\n')} clinicSkills={skills.clinic} onSave={actions.saveClinicSkills} />
      <Divider />
      <LicensedImportPanel licensed={catalog.licensed} onImport={importLicensed} />
    </Stack>
  );
}
