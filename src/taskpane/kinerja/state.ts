import type { HasilPeta } from "../../domain/baca";

export type BacaState =
  | { kind: "awal" }
  | { kind: "membaca" }
  | { kind: "lembar-kosong"; nama: string }
  | { kind: "terbaca"; nama: string; hasil: HasilPeta }
  | { kind: "gagal" };

export type BacaAction =
  | { kind: "mulai" }
  | { kind: "kosong"; nama: string }
  | { kind: "selesai"; nama: string; hasil: HasilPeta }
  | { kind: "gagal" };

export function bacaReducer(_state: BacaState, action: BacaAction): BacaState {
  switch (action.kind) {
    case "mulai": return { kind: "membaca" };
    case "kosong": return { kind: "lembar-kosong", nama: action.nama };
    case "selesai": return { kind: "terbaca", nama: action.nama, hasil: action.hasil };
    case "gagal": return { kind: "gagal" };
    default: return action satisfies never;
  }
}
