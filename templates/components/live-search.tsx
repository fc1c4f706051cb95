// A search that filters as the user types. Underneath it is a plain GET form whose 検索 button works
// without JavaScript; htmx sends it a moment after each change (and on 検索), takes only the
// results from the answer and pushes the search into the address, so the field being typed in
// keeps its focus and the address can be bookmarked or shared.
import type { Child } from 'hono/jsx';

export interface LiveSearchFormProps {
  action: string;
  /** The id of the element holding the results (see LiveSearchResults). */
  resultsId: string;
  class?: string;
  children: Child;
}

export function LiveSearchForm({ action, resultsId, class: className, children }: LiveSearchFormProps) {
  return (
    <form
      method="get"
      action={action}
      role="search"
      class={className}
      hx-get={action}
      hx-trigger="input changed delay:300ms, submit"
      hx-target={`#${resultsId}`}
      hx-select={`#${resultsId}`}
      hx-swap="outerHTML"
      hx-push-url="true"
    >
      {children}
    </form>
  );
}

/** What a LiveSearchForm replaces: everything that depends on the search. */
export function LiveSearchResults({ id, children }: { id: string; children: Child }) {
  return <div id={id}>{children}</div>;
}
