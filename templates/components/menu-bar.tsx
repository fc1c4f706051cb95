// The menu bar above a page's content: one link per entry, the entry the page belongs to marked
// as current. Member pages list their functions (メニュー), staff pages their areas (本機関メニュー).
export interface MenuBarEntry {
  href: string;
  label: string;
}

export function MenuBar({ label, entries, area }: { label: string; entries: MenuBarEntry[]; area: string | undefined }) {
  return (
    <nav class="menu-bar" aria-label={label}>
      <ul>
        {entries.map((entry) => (
          <li><a href={entry.href} aria-current={entry.href === area ? 'page' : undefined}>{entry.label}</a></li>
        ))}
      </ul>
    </nav>
  );
}
