package org.suanli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

import org.suanli.ahp.AhpHierarchy;
import org.suanli.analysis.BlueBookAnalysis;
import org.suanli.capacity.NationalCapacity;
import org.suanli.data.DataFiles;
import org.suanli.data.EnglishText;
import org.suanli.data.Framework;
import org.suanli.data.IndicatorData;
import org.suanli.data.Language;
import org.suanli.data.ShownProvenance;
import org.suanli.data.StatementCitations;
import org.suanli.economy.EconomyFindings;
import org.suanli.economy.EconomyModel;
import org.suanli.index.IndexChoices;
import org.suanli.index.IndexModel;
import org.suanli.index.IndexResult;
import org.suanli.index.Weights;
import org.suanli.reconstruct.Reconstruction;
import org.suanli.reconstruct.ReconstructionAssumptions;
import org.suanli.reconstruct.ReferenceInputs;
import org.suanli.scorecard.Scorecard;
import org.suanli.scorecard.ScorecardContext;
import org.suanli.scorecard.ScorecardTotals;
import org.suanli.scorecard.StatementBases;
import org.suanli.scorecard.StatementBasis;
import org.suanli.scorecard.Statements;
import org.suanli.scorecard.Status;
import org.suanli.sensitivity.IndexUncertainty;
import org.suanli.sensitivity.UncertaintySpec;

import tech.tablesaw.api.Table;

/**
 * The front door: start here with {@code BlueBook.standard()} and ask it for each stage, e.g.
 * {@code book.index().withChoices(...).run()}.
 *
 * <p>A book is an immutable value holding the data the stages read: the indicator data ({@code data/indicators.csv}
 * unless you bring your own) and the economic data ({@code data/economy.csv}). Each stage method hands back the
 * toolkit's own stage object, already set up the way the analysis sets it up, so everything the stage packages
 * offer (their {@code withX} choices, {@code table()}, the charts in {@code org.suanli.charts}) works on it. The
 * wiring itself is {@link BlueBookAnalysis}'s, which {@code suanli scorecard} also uses, so a notebook that starts
 * here and the command line judge the same run.
 *
 * <pre>{@code
 * BlueBook book = BlueBook.standard();
 * IndexResult r = book.index().run();                       // AHP weights, default choices
 * display(r.summary(2023));
 * display(book.ahp().leafTable());                          // the 14 global weights
 * BlueBook mine = book.withOverrides(Path.of("mine.csv"));  // your values replace the shipped ones
 * System.out.print(mine.scorecard().toText());
 * }</pre>
 */
public final class BlueBook {
    private final IndicatorData indicators;
    private final IndicatorData economy;
    private final IndexChoices choices;
    private final Weights weights;

    private BlueBook(IndicatorData indicators, IndicatorData economy, IndexChoices choices, Weights weights) {
        if (indicators == null || economy == null) {
            throw new IllegalArgumentException("A BlueBook needs indicator data and economic data; "
                    + "BlueBook.standard() uses the shipped files in data/");
        }
        this.indicators = indicators;
        this.economy = economy;
        this.choices = choices;
        this.weights = weights;
    }

    private BlueBook(IndicatorData indicators, IndicatorData economy) {
        this(indicators, economy, null, null);
    }

    /** The book's set-up with the shipped data: {@code data/indicators.csv} and {@code data/economy.csv}. */
    public static BlueBook standard() {
        return new BlueBook(DataFiles.indicators(), DataFiles.economy());
    }

    /** Your own indicator data in place of the shipped file, with the shipped economic data. */
    public static BlueBook with(IndicatorData indicators) {
        return new BlueBook(indicators, DataFiles.economy());
    }

    /** Your own indicator data read from CSV files (the format of {@code data/indicators.csv}). */
    public static BlueBook with(Path... indicatorFiles) {
        return with(IndicatorData.load(indicatorFiles));
    }

    /** A copy whose economic data (GDP, digital economy) are {@code economy} instead. */
    public BlueBook withEconomy(IndicatorData economy) {
        return new BlueBook(indicators, economy, choices, weights);
    }

    /**
     * A copy in which every value of {@code overrides} replaces the one with the same year, province and indicator;
     * the others stay. The way to try your own figures for a few provinces.
     */
    public BlueBook withOverrides(IndicatorData overrides) {
        return new BlueBook(indicators.withOverrides(overrides), economy, choices, weights);
    }

    /** The same with the overriding values read from a CSV file in the format of {@code data/indicators.csv}. */
    public BlueBook withOverrides(Path csv) {
        return withOverrides(IndicatorData.load(csv));
    }

    /**
     * The same with the overriding values read from the CSV file at {@code csv}; an empty path leaves the data as they
     * are, so a notebook's {@code override} parameter can default to {@code ""}.
     */
    public BlueBook withOverrides(String csv) {
        return csv == null || csv.isBlank() ? this : withOverrides(Path.of(csv.strip()));
    }

    /**
     * A copy whose index standardises with the named method: {@code book} (the default, the book reading of
     * docs/index.md), {@code percentile}, {@code ratio-to-max}, {@code ratio-to-mean}, {@code min-max},
     * {@code z-score}, {@code t-score} or {@code rank}; see {@link IndexChoices#named}. The economy and the scorecard
     * then run on that index too.
     */
    public BlueBook withMethod(String method) {
        return withChoices(IndexChoices.named(method));
    }

    /** A copy whose index runs with these choices (and with them its economy and scorecard). */
    public BlueBook withChoices(IndexChoices c) {
        return new BlueBook(indicators, economy, c, weights);
    }

    /**
     * A copy whose index is weighted by {@code name}: {@code ahp} (the default, the illustrative panel of
     * {@code data/ahp/}), {@code equal}, or a weights file with the columns {@code node,local_weight} or
     * {@code node,global_weight}; see {@link Weights#named}.
     */
    public BlueBook withWeights(String name) {
        return withWeights(Weights.named(name));
    }

    /** A copy whose index is weighted by {@code w} (and with it its economy and scorecard). */
    public BlueBook withWeights(Weights w) {
        return new BlueBook(indicators, economy, choices, w);
    }

    /**
     * Makes {@code lang} ({@code zh} or {@code en}) the language of every later chart, table and caption, as the
     * notebooks' {@code lang} parameter and the CLI's {@code --lang} do; process-wide. Returns this book. A blank
     * {@code lang} changes nothing, so a notebook whose {@code lang} parameter defaults to {@code ""} follows the run's
     * {@code suanli --lang} (Chinese by default) unless {@code -p lang en} says otherwise.
     */
    public BlueBook in(String lang) {
        if (lang != null && !lang.isBlank()) {
            Language.use(Language.parse(lang));
        }
        return this;
    }

    /**
     * Makes {@code locale} the language of every later chart, table and caption (Chinese for any {@code zh} locale,
     * English otherwise); process-wide, like {@link Language#use}. Returns this book for chaining.
     */
    public BlueBook in(Locale locale) {
        Language.use(locale);
        return this;
    }

    /** The indicator data every stage reads (values with provenance; {@code longTable()}, {@code wide(year)}). */
    public IndicatorData data() {
        return indicators;
    }

    /** The economic data: GDP and the digital economy by province. */
    public IndicatorData economyData() {
        return economy;
    }

    /** The evaluation framework, 表1: five dimensions, 13 sub-dimensions, 14 indicators. */
    public Framework framework() {
        return Framework.standard();
    }

    /** The national and global computing capacity model (图1–5) with the shipped shipments and parameters. */
    public NationalCapacity capacity() {
        return NationalCapacity.standard();
    }

    /**
     * The AHP hierarchy of the illustrative expert panel in {@code data/ahp/}: local and global weights
     * ({@code table()}, {@code leafTable()}), each node's panel and consistency. Illustrative judgments, not the book's.
     */
    public AhpHierarchy ahp() {
        return AhpHierarchy.standard();
    }

    /**
     * The index model on this book's data with the AHP weights and default choices; change any choice with its
     * {@code withX} method and {@code run()} it.
     */
    public IndexModel index() {
        IndexModel m = BlueBookAnalysis.indexModel(indicators);
        if (weights != null) {
            m = m.withWeights(weights);
        }
        return choices == null ? m : m.withChoices(choices);
    }

    /** The choices this book's index runs with (the default unless {@link #withMethod} or {@link #withChoices}). */
    public IndexChoices choices() {
        return index().choices();
    }

    /** The economic findings (GDP and digital-economy regressions, typology) on this book's index. */
    public EconomyFindings economy() {
        return analysis().findings();
    }

    /** The same findings on an index you ran with your own choices. */
    public EconomyFindings economy(IndexResult index) {
        return EconomyFindings.standard(index, indicators, economy);
    }

    /** Every stage run on this book's data and choices: what the scorecard judges. */
    public BlueBookAnalysis analysis() {
        return choices == null && weights == null ? BlueBookAnalysis.run(indicators, economy)
                : BlueBookAnalysis.run(index(), indicators, economy);
    }

    /** Every statement of the book (the facts file and the capacity figures) judged on this book's run. */
    public Scorecard scorecard() {
        return scorecard(Statements.standard());
    }

    /** The given statements (plus the capacity figures) judged on this book's default run. */
    public Scorecard scorecard(Statements facts) {
        return analysis().scorecard(BlueBookAnalysis.statements(facts));
    }

    /**
     * The scorecard as a table in the current language: {@link Scorecard#table()} with, in English, its generated
     * text (expected, actual, note) in English ({@link EnglishText}); the book's own sentence stays in {@code quote}.
     */
    public Table scorecardTable() {
        Scorecard card = scorecard();
        return captioned(card, EnglishText.table(card.table(), Set.of("quote")));
    }

    /**
     * {@code table} with the caption that says where a scorecard's columns come from ({@link Scorecard#provenance()}:
     * expected quoted from the book, actual computed, how many verdicts rest on each basis).
     */
    static Table captioned(Scorecard card, Table table) {
        String caption = card.provenance();
        if (Language.chinese()) {
            ScorecardTotals totals = card.totals();
            StringJoiner parts = new StringJoiner("、");
            for (StatementBasis b : StatementBasis.values()) {
                if (totals.count(b) > 0) {
                    parts.add(totals.count(b) + " 条 " + b.jsonName());
                }
            }
            caption = "预期：引自蓝皮书；实际：本次运行计算；依据：" + parts;
        }
        return ShownProvenance.attach(table, caption);
    }

    /** {@code card}'s table with each verdict's basis, in the current language and captioned (the book's run once). */
    private static Table tableWithBasis(Scorecard card) {
        return captioned(card, EnglishText.table(card.tableWithBasis(), Set.of("quote")));
    }

    // Accessors the notebooks need are added below, one region per notebook, so parallel edits merge cleanly.
    // region notebook 01 (data, reconstruction)

    /**
     * The reference dataset rebuilt from the book's statements and the inputs in {@code data/} with the standard
     * assumptions, as {@code suanli reconstruct} does; it does not depend on this book's overrides.
     */
    public Reconstruction reconstruction() {
        return reconstruction(ReconstructionAssumptions.standard());
    }

    /** The reference dataset rebuilt with other assumptions (A1 bound margin, A4 tiers, A7 北京's lead, …). */
    public Reconstruction reconstruction(ReconstructionAssumptions assumptions) {
        try {
            return Reconstruction.run(DataFiles.dir(), assumptions);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the reconstruction's inputs in " + DataFiles.dir() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * The reconstruction's inputs in {@code data/}: NBS GDP by province (2022, 2023) and the national totals found
     * in public copies of official statistics, each with its source.
     */
    public ReferenceInputs referenceInputs() {
        try {
            return ReferenceInputs.load(DataFiles.dir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the reconstruction's inputs in " + DataFiles.dir() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * The book's statements judged on this book's indicator data alone, before any index is run: the indicator and
     * framework statements are evaluated, the others say what they wait for. Each basis comes from the data's own
     * sources (a reconstructed value cites the statements that shaped it).
     */
    public Scorecard dataScorecard() {
        return Scorecard.evaluate(Statements.standard(), ScorecardContext.of(IndicatorData.class, indicators)
                .with(StatementBases.class, StatementCitations.of(indicators)));
    }

    /**
     * The statements of the given sections (e.g. {@code "framework", "national"}) of this book's whole scorecard,
     * with the basis of each verdict, as a table in the current language, like {@link #scorecardTable()}.
     */
    public Table scorecardTable(String... sections) {
        return tableWithBasis(scorecard().section(sections));
    }

    /**
     * The statements of {@code card} with that status, only the given columns of {@link Scorecard#table()} (e.g.
     * {@code book.scorecardRows(book.dataScorecard(), Status.HOLDS, "id", "kind", "expected", "actual")}), in the
     * current language, with the caption of {@link #scorecardTable()} said of the statements shown.
     */
    public Table scorecardRows(Scorecard card, Status status, String... columns) {
        Table all = card.table();
        Table rows = all.where(all.stringColumn("status").isEqualTo(status.label()));
        return captioned(card.only(status), EnglishText.table(columns.length == 0 ? rows : rows.selectColumns(columns),
                Set.of("quote")));
    }
    // endregion
    // region notebook 02 (capacity)
    // endregion
    // region notebooks 03 and 04 (AHP, index)

    /**
     * The statements of some scorecard sections with the basis of each verdict, in the current language, e.g.
     * {@code book.scorecardSections("overall", "scale")}: id, status, basis, expected, actual (see
     * {@link Scorecard#section}); in English the generated text is English, as in {@link #scorecardTable()}.
     */
    public Table scorecardSections(String... sections) {
        Scorecard card = scorecard().section(sections);
        return captioned(card, tableWithBasis(card).selectColumns("id", "status", "basis", "expected", "actual"));
    }
    // endregion
    // region notebooks 05 and 06 (economy, uncertainty)

    /**
     * The economy stage on this book's index, as one value: the regressions on GDP and the digital economy, the
     * national totals, the growth figures and the typology, each with its table ({@link EconomyModel}).
     */
    public EconomyModel economyModel() {
        return EconomyModel.of(index(), indicators, economy);
    }

    /**
     * The inputs of the uncertainty analysis for this book: {@link UncertaintySpec#standard()}, without the
     * reconstruction's assumption inputs when this book's indicator data are not the shipped file (those inputs
     * rebuild the shipped file, which would drop your values).
     */
    public UncertaintySpec uncertaintySpec() {
        UncertaintySpec spec = UncertaintySpec.standard();
        return isShippedData() ? spec : spec.withoutAssumptions();
    }

    /**
     * An uncertainty and sensitivity analysis around this book's index (its data, weights and choices are the nominal
     * run) with the inputs of {@code spec}; {@code run(n, seed)} it.
     */
    public IndexUncertainty uncertainty(UncertaintySpec spec) {
        return IndexUncertainty.of(index(), spec, indicators);
    }

    private boolean isShippedData() {
        return indicators.observations().equals(DataFiles.indicators().observations());
    }
    // endregion

    @Override
    public String toString() {
        return "BlueBook: " + indicators.observations().size() + " indicator values " + indicators.years()
                + ", " + economy.observations().size() + " economic values; stages: data(), capacity(), ahp(), "
                + "index(), economy(), scorecard()";
    }
}
