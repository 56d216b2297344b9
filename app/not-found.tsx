import Link from "next/link";

export default function NotFound() {
  return (
    <div className="py-12 text-center">
      <h1 className="text-xl font-semibold">Not found</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        There is nothing at this address.{" "}
        <Link href="/" className="underline">
          Back to the board
        </Link>
      </p>
    </div>
  );
}
