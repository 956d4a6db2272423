import { Button, Field, Input, Subtitle2 } from "@fluentui/react-components";
import type { MasalahTindakLanjut } from "../../domain/evaluasi/tindak-lanjut-masukan";
import { useT } from "../i18n";
import { teksMasalahForm } from "./pesan-tindak-lanjut";
import type { FormBaru } from "./state-tindak-lanjut";

const BIDANG = ["rekomendasi", "indikator", "penanggungJawab", "batasWaktu"] as const satisfies readonly (keyof FormBaru)[];

/** The form for one follow-up typed by hand; it goes to the Kasi today. */
export function FormTindakLanjut(props: {
  form: FormBaru;
  masalah: readonly MasalahTindakLanjut[];
  sibuk: boolean;
  ubah: (field: keyof FormBaru, nilai: string) => void;
  tambah: () => void;
}) {
  const t = useT();
  return (
    <form noValidate onSubmit={(e) => { e.preventDefault(); props.tambah(); }} aria-labelledby="evaluasi-tl-form">
      <Subtitle2 as="h4" id="evaluasi-tl-form">{t("evaluasi.tl.form.judul")}</Subtitle2>
      {BIDANG.map((f) => {
        const m = props.masalah.find((x) => x.field === f);
        return (
          <Field key={f} label={t(`evaluasi.tl.form.${f}`)} required={f !== "indikator"}
            hint={f === "batasWaktu" ? t("evaluasi.tl.form.batasWaktu-petunjuk") : undefined}
            validationState={m ? "error" : "none"} validationMessage={m ? teksMasalahForm(t, m) : undefined}>
            <Input value={props.form[f]} onChange={(_, d) => props.ubah(f, d.value)} />
          </Field>
        );
      })}
      <Button type="submit" appearance="primary" disabled={props.sibuk}>{t("evaluasi.tl.form.tambah")}</Button>
    </form>
  );
}
