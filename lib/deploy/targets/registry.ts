import type { TargetConfig, TargetConfigOf, TargetKind } from "../config.ts";
import { commandTargetStrategy } from "./command.ts";
import { httpTargetStrategy } from "./http.ts";
import { kubernetesTargetStrategy } from "./kubernetes.ts";
import type { DeployRequest, TargetOutcome, TargetRun, TargetStrategy } from "./target.ts";

/** Every deploy target, by the `kind` the config names it with. A new target is one entry here. */
export const targetStrategies: { [K in TargetKind]: TargetStrategy<K> } = {
  command: commandTargetStrategy,
  http: httpTargetStrategy,
  kubernetes: kubernetesTargetStrategy,
};

function strategyFor<K extends TargetKind>(config: TargetConfigOf<K>): TargetStrategy<K> {
  return targetStrategies[config.kind as K];
}

export function describeTarget(config: TargetConfig): string {
  return strategyFor(config).describe(config);
}

export function preflightTarget(config: TargetConfig, run: TargetRun): Promise<string | undefined> {
  return strategyFor(config).preflight(config, run);
}

export function targetRequiresStorageUri(config: TargetConfig): boolean {
  return strategyFor(config).requiresStorageUri?.(config) ?? false;
}

export function deployToTarget(
  config: TargetConfig,
  request: DeployRequest,
  run: TargetRun,
): Promise<TargetOutcome> {
  return strategyFor(config).deploy(config, request, run);
}
