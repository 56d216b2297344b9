import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // next dev would otherwise write an AGENTS.md into the project, for its rules or for upgrades.
  agentRules: false,
  experimental: { agentUpgrade: false },
  // Node-only database and mail libraries load from node_modules instead of being bundled.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "mailparser"],
  poweredByHeader: false,
  // proxy.ts must tell React's own requests for a page (the rsc header, the _rsc parameter) from
  // a reader's, so Next.js must hand them over as they came instead of stripping them.
  skipProxyUrlNormalize: true,
};

export default nextConfig;
