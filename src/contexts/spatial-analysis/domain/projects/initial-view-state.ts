/** Where each user's map opens for a project (GOAT's user_project.initial_view_state). */
export interface InitialViewState {
  readonly latitude: number;
  readonly longitude: number;
  readonly zoom: number;
  readonly minZoom: number;
  readonly maxZoom: number;
  readonly bearing: number;
  readonly pitch: number;
}

/** GOAT's default view (Munich), used until a user has moved the map. */
export const DEFAULT_INITIAL_VIEW_STATE: InitialViewState = {
  latitude: 48.1502132,
  longitude: 11.5696284,
  zoom: 12,
  minZoom: 0,
  maxZoom: 20,
  bearing: 0,
  pitch: 0,
};
