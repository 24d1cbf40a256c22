export { closeSigningSession, currentSigningSession, signerFor, type SigningSession } from './signing-session';
export { makeTrustRootOnCreation } from './trust';
export { renewRevokedKey, startSigning } from './renew-key';
export { SignatureCheck } from './SignatureCheck';
export { useNoteSignatures } from './useNoteSignatures';
export { useSignatureVerdicts } from './useSignatureVerdicts';
export { usePlanSignatureVerdicts } from './usePlanSignatureVerdicts';
export { PlanSignatureChecks } from './PlanSignatureChecks';
export { useSignerNames } from './useSignerNames';
