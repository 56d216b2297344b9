import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // next dev would otherwise write an AGENTS.md into the project.
  agentRules: false,
  // Node-only database and mail libraries load from node_modules instead of being bundled.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "mailparser"],
  poweredByHeader: false,
};

export default nextConfig;
