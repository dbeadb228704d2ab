// Groups ("circles") of the alters of an ego (metrics-spec §D1): an alter's groups are its
// community labels (node attribute `communities`); an unlabelled alter belongs to its
// connected component in the alter graph G_A, named `component:<smallest id>`. Group size n_g
// counts the alters in g (a component group counts every alter of the component). For
// distributions an alter with L groups contributes 1/L to each (weights sum to n).
import type Graph from "graphology-types";
import { buildEgoNetwork, byCodePoint, type EgoNetwork } from "./egoNetwork";
import { dict } from "../model";

export interface EgoGroups {
  /** Groups of each alter, labels in the order given, or one component group. */
  readonly groupsOf: Readonly<Record<string, readonly string[]>>;
  /** n_g: alters in each group. */
  readonly sizes: Readonly<Record<string, number>>;
  /** Alters that list g among their groups (sorted by id). */
  readonly members: Readonly<Record<string, readonly string[]>>;
  /** Σ over members of 1/L (multi-membership split equally). */
  readonly weights: Readonly<Record<string, number>>;
}

export interface GroupsOptions {
  readonly ego: string;
}

export const COMPONENT_PREFIX = "component:";

/** Community labels of a node: distinct non-empty strings of `communities`. */
export function communityLabels(attributes: Readonly<Record<string, unknown>>): string[] {
  const raw = attributes.communities;
  if (!Array.isArray(raw)) return [];
  const labels: string[] = [];
  for (const label of raw) {
    if (typeof label === "string" && label.length > 0 && !labels.includes(label)) labels.push(label);
  }
  return labels;
}

/** Component index of every alter in G_A (iterative flood fill). */
function alterComponents(net: EgoNetwork): number[] {
  const component = net.alters.map(() => -1);
  let next = 0;
  for (let start = 0; start < net.alters.length; start++) {
    if (component[start] !== -1) continue;
    const stack = [start];
    component[start] = next;
    while (stack.length > 0) {
      const v = stack.pop() as number;
      for (const u of net.adjacency[v] ?? []) {
        if (component[u] === -1) {
          component[u] = next;
          stack.push(u);
        }
      }
    }
    next++;
  }
  return component;
}

/** Groups of an already extracted ego network. */
export function groupsOfNetwork(net: EgoNetwork): EgoGroups {
  const component = alterComponents(net);
  // Alters are sorted, so the first alter met in each component has the smallest id.
  const componentName = new Map<number, string>();
  const componentSize = new Map<number, number>();
  net.alters.forEach((id, i) => {
    const c = component[i] as number;
    if (!componentName.has(c)) componentName.set(c, COMPONENT_PREFIX + id);
    componentSize.set(c, (componentSize.get(c) ?? 0) + 1);
  });

  const groupsOf: Record<string, string[]> = dict();
  const members: Record<string, string[]> = dict();
  const sizes: Record<string, number> = dict();
  const weights: Record<string, number> = dict();
  net.alters.forEach((id, i) => {
    const labels = communityLabels(net.attributes[i] ?? {});
    const c = component[i] as number;
    const groups = labels.length > 0 ? labels : [componentName.get(c) as string];
    groupsOf[id] = groups;
    for (const g of groups) {
      (members[g] ??= []).push(id);
      weights[g] = (weights[g] ?? 0) + 1 / groups.length;
      sizes[g] = labels.length > 0 ? (sizes[g] ?? 0) + 1 : (componentSize.get(c) as number);
    }
  });
  for (const list of Object.values(members)) list.sort(byCodePoint);
  return { groupsOf, sizes, members, weights };
}

/** Groups, sizes and weights of the alters of `options.ego` (§D1). */
export function computeGroups(graph: Graph, options: GroupsOptions): EgoGroups {
  return groupsOfNetwork(buildEgoNetwork(graph, options?.ego, "computeGroups"));
}
