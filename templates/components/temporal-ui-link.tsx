// The staff console's way from an item to its workflow in the Temporal Web UI, where operators
// follow its history. It opens a new tab, so the console page stays where it was.
import type { Config } from '../../config';

/** The Temporal Web UI's page of one workflow, by its business key (e.g. `member-<事業者コード>`). */
export function temporalWorkflowUrl({ uiUrl, namespace }: Pick<Config['temporal'], 'uiUrl' | 'namespace'>, workflowId: string): string {
  return `${uiUrl}/namespaces/${encodeURIComponent(namespace)}/workflows/${encodeURIComponent(workflowId)}`;
}

/** A page of one item says 「Temporal UI で開く」; a list's ワークフロー column says just 「Temporal UI」. */
export function TemporalUiLink({ href, label = 'Temporal UI で開く' }: { href: string; label?: string }) {
  return <a href={href} rel="noopener" target="_blank">{label}</a>;
}
