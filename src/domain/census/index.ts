export * from "./egoScores";
export * from "./tieModel";
export * from "./plan";
export * from "./answers";
