import { Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import type { PeranKolom, PetaLembar } from "../../domain/baca";
import { useT } from "../i18n";
import { hurufKolom, labelPeran } from "./label";

const TW = [1, 2, 3, 4] as const;

/** Every role a column can be given, in the order a form reads left to right. */
export const SEMUA_PERAN: readonly PeranKolom[] = [
  { kind: "no" }, { kind: "sasaran" }, { kind: "uraian" }, { kind: "indikator" }, { kind: "satuan" }, { kind: "target" },
  ...TW.map((tw) => ({ kind: "target-tw", tw }) as const), ...TW.map((tw) => ({ kind: "realisasi-tw", tw }) as const),
  { kind: "target-renstra" }, { kind: "realisasi-renstra" }, { kind: "capaian" }, { kind: "penanggung-jawab" }, { kind: "sumber-data" }, { kind: "lainnya" },
];

export const kunciPeran = (p: PeranKolom): string => ("tw" in p ? `${p.kind}:${p.tw}` : p.kind);

/** The mapping Evapor understood, one role picker per column: a wrong guess is one change away. */
export function PetaKolom(props: { peta: PetaLembar; onUbah: (kolom: number, peran: PeranKolom) => void }) {
  const t = useT();
  return (
    <Table size="extra-small" aria-label={t("kinerja.tabel-kolom")}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t("kinerja.kolom")}</TableHeaderCell>
          <TableHeaderCell>{t("kinerja.judul")}</TableHeaderCell>
          <TableHeaderCell>{t("kinerja.dibaca-sebagai")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.peta.kolom.map((k) => (
          <TableRow key={k.kolom}>
            <TableCell>{hurufKolom(k.kolom)}</TableCell>
            <TableCell>{k.judul}{k.sub ? ` (${k.sub})` : ""}</TableCell>
            <TableCell>
              <Select size="small" aria-label={t("kinerja.peran-kolom", { kolom: hurufKolom(k.kolom) })} value={kunciPeran(k.peran)}
                onChange={(_, d) => { const p = SEMUA_PERAN.find((x) => kunciPeran(x) === d.value); if (p) props.onUbah(k.kolom, p); }}>
                {SEMUA_PERAN.map((p) => <option key={kunciPeran(p)} value={kunciPeran(p)}>{labelPeran(p, t)}</option>)}
              </Select>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
