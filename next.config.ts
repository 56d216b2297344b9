import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // next dev would otherwise write an AGENTS.md into the project, for its rules or for upgrades.
  agentRules: false,
  experimental: { agentUpgrade: false },
  // Node-only database and mail libraries load from node_modules instead of being bundled.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "mailparser"],
  poweredByHeader: false,
};

export default nextConfig;
