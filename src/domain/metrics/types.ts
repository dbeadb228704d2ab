// Result types of the structural metrics engine; field names are those of the reference
// fixtures (shared/fixtures/README.md), hence snake_case.
import type { TieBand } from "../model/strength";

export interface NodeMetrics {
  degree: number;
  betweenness: number;
  closeness: number;
  clustering: number;
  effective_size: number | null;
  efficiency: number | null;
  constraint: number | null;
  hierarchy: number | null;
  constraint_ego: number | null;
  ego_betweenness: number;
  ego_betweenness_normalized: number | null;
  bridging_coefficient: number | null;
  bridging_centrality: number | null;
  /** Weighted fields: present only when the graph is weighted. */
  strength?: number;
  effective_size_weighted?: number | null;
  efficiency_weighted?: number | null;
  constraint_weighted?: number | null;
  hierarchy_weighted?: number | null;
  effective_size_weighted_ego?: number | null;
  constraint_weighted_ego?: number | null;
}

export interface EdgeMetrics {
  source: string;
  target: string;
  is_bridge: boolean;
  is_local_bridge: boolean;
  /** Hops between the endpoints without this edge; null = ∞ (bridge). */
  span: number | null;
  embeddedness: number;
  overlap: number;
  jaccard: number;
  edge_betweenness: number;
  local_constraint_st: number;
  local_constraint_ts: number;
  local_constraint_st_weighted?: number;
  local_constraint_ts_weighted?: number;
  /** Only for edges carrying `dimensions` (§T3–T4). */
  tie_strength?: number | null;
  tie_band?: TieBand;
}

export interface PartitionMetrics {
  n_communities: number;
  modularity: number | null;
  modularity_weighted?: number | null;
}

export interface LouvainResult {
  membership: Record<string, number>;
  n_communities: number;
  modularity: number | null;
}

export interface GraphMetrics {
  n_nodes: number;
  n_edges: number;
  density: number;
  n_components: number;
  n_bridges: number;
  n_local_bridges: number;
  transitivity: number;
  total_weight?: number;
  partitions: Record<string, PartitionMetrics>;
  louvain: { unweighted: LouvainResult; weighted?: LouvainResult };
}

export interface BrokerageCounts {
  coordinator: number;
  itinerant: number;
  representative_gatekeeper: number;
  liaison: number;
}

export interface NodeAttributeMetrics {
  n: number;
  n_categories: number;
  blau: number | null;
  iqv: number | null;
  entropy: number | null;
  evenness: number | null;
  ei_index: number | null;
  brokerage: BrokerageCounts;
}

export interface AttributeMetrics {
  attribute: string;
  K: number | null;
  graph_ei_index: number | null;
  per_node: Record<string, NodeAttributeMetrics>;
}
