const STYLE: Record<string, string> = {
  draft: "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300",
  discussion: "bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-200",
  voting: "bg-blue-100 text-blue-900 dark:bg-blue-900/40 dark:text-blue-200",
  accepted: "bg-green-100 text-green-900 dark:bg-green-900/40 dark:text-green-200",
  rejected: "bg-red-100 text-red-900 dark:bg-red-900/40 dark:text-red-200",
  no_quorum: "bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-200",
  withdrawn: "bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-200",
};

export function statusLabel(status: string): string {
  return status.replace("_", " ");
}

export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`rounded px-2 py-0.5 text-xs font-medium ${STYLE[status] ?? STYLE.draft}`}>
      {statusLabel(status)}
    </span>
  );
}
