import type { Metadata } from "next";

export const metadata: Metadata = { title: "Check your email" };

export default function CheckEmailPage() {
  return (
    <section className="max-w-xl space-y-2">
      <h1 className="text-2xl font-semibold">Check your email</h1>
      <p>A sign-in link is on its way. Open it in this browser to sign in; it works once.</p>
    </section>
  );
}
