import type { ReactNode } from 'react';

export function ChartCard({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <section className="chart-card" data-testid={testId}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}
