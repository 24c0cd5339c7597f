#!/usr/bin/env node
// Installs the project's dependencies when they are missing or out of date, and does
// nothing (quickly) otherwise. Runs before `npm start` and `npm test`. Plain Node, no deps.
//
// - no node_modules, or no node_modules/.package-lock.json: install
// - package-lock.json newer than node_modules/.package-lock.json: install
// - install = `npm install`, which follows package-lock.json

import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const lock = join(root, "package-lock.json");
const modules = join(root, "node_modules");
const installedLock = join(modules, ".package-lock.json");

function mtime(path) {
  return statSync(path).mtimeMs;
}

function reason() {
  if (!existsSync(modules)) return "node_modules is missing";
  if (!existsSync(installedLock)) return "node_modules was not installed by npm";
  if (existsSync(lock) && mtime(lock) > mtime(installedLock)) return "package-lock.json changed";
  return null;
}

const why = reason();
if (why !== null) {
  // `npm install`, not `npm ci`: npm 11 refuses `ci` when the lock lacks the optional
  // platform packages of other systems (Biome's), even for a lock it wrote itself.
  const args = ["install", "--no-audit", "--no-fund"];
  console.log(`ensure-deps: ${why}; running npm ${args[0]}`);
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const result = spawnSync(npm, args, {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (result.error) {
    console.error(`ensure-deps: could not run npm: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) {
    console.error(`ensure-deps: npm ${args[0]} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}
