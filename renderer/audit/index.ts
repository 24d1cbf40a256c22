export { auditFor, type AuditWrite } from './audited';
export { useAuditView } from './useAuditView';
