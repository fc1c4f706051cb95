// The page frame of every screen: OCCTO's header, the content, the copyright footer.
import type { Child } from 'hono/jsx';

export interface LayoutProps {
  title: string;
  children: Child;
  /** Shown under the organisation's name on the right (the member header, later). */
  header?: Child;
  /** Where the organisation's name leads: the top page of the page's readers (本機関メニュー for staff). */
  home?: string;
}

export function Layout({ title, children, header, home = '/' }: LayoutProps) {
  return (
    <html lang="ja">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="htmx-config" content='{"includeIndicatorCSS": false}' />
        <title>{`${title} | 会員情報管理システム`}</title>
        <link rel="stylesheet" href="/static/app.css" />
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
        <script src="/static/htmx.min.js" defer></script>
      </head>
      <body>
        <header class="site-header">
          <a class="brand" href={home}>
            <span class="brand-name">電力広域的運営推進機関</span>
            <span class="brand-sub">Organization for Cross-regional Coordination of Transmission Operators, JAPAN</span>
          </a>
          {header}
        </header>
        <main id="main">{children}</main>
        <footer class="site-footer">Copyright OCCTO. All Rights Reserved.</footer>
      </body>
    </html>
  );
}
