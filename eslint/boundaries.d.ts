/** Types for the boundary zones, so tests can lint fixtures against the same rules. */
export interface BoundaryZone {
  target: string;
  from: string;
  except?: string[];
  message: string;
}
export declare const boundaryZones: BoundaryZone[];
