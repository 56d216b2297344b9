import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { SessionNav } from "@/components/SessionNav";
import { feedAlternates, PROPOSALS_FEED } from "@/lib/feeds/feed-links";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Quorum", template: "%s · Quorum" },
  description: "Where a distribution's maintainers discuss proposals and decide them by vote",
  alternates: feedAlternates([PROPOSALS_FEED]),
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100">
        <header className="border-b border-slate-200 dark:border-slate-800">
          <nav className="mx-auto flex max-w-5xl items-center gap-6 px-4 py-3">
            <Link href="/" className="text-lg font-semibold">
              Quorum
            </Link>
            <Link
              href="/proposals"
              className="text-sm text-slate-600 hover:underline dark:text-slate-300"
            >
              Proposals
            </Link>
            <Link
              href="/search"
              className="text-sm text-slate-600 hover:underline dark:text-slate-300"
            >
              Search
            </Link>
            <SessionNav />
          </nav>
        </header>
        <main className="mx-auto max-w-5xl px-4 py-6">{children}</main>
      </body>
    </html>
  );
}
