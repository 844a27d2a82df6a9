package org.crampcare.intake;

import java.util.concurrent.TimeUnit;
import org.crampcare.knowledge.KnowledgeLoader;
import org.crampcare.knowledge.Language;
import org.crampcare.triage.TextReading;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time to read one 100-word description on one thread, as a distribution (target: p99 under 2 ms).
 *
 * <p>SampleTime mode, so JMH reports percentiles of single reads, not only their mean.
 * <p>Run with {@code ./mvnw -o -q -Pbench -DskipTests package} then
 * {@code java -jar target/benchmarks.jar "TextIntakeBenchmark\\." -f 1 -wi 2 -i 3 -w 2s -r 2s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TextIntakeBenchmark {
    /** 100 words mixing symptoms, negations, numbers, medicines, another person and a hypothetical. */
    static final String TEXT = "I'm a 67 year old woman and for the last month my calves have cramped most nights, "
            + "usually around three in the morning. Each cramp lasts about ten to fifteen minutes and the pain is "
            + "a seven out of ten. There's no swelling or redness, but my toes sometimes feel numb afterwards. "
            + "I take furosemide and atorvastatin, and I have an underactive thyroid. My sister gets cramps all "
            + "over but she is fine. Stretching helps a little. My doctor said to call if it ever becomes "
            + "unbearable. I walk every day and sit at my desk a lot.";
    /** About 100 Spanish words of the same kinds, with regional words, a caregiver and the endurance patterns. */
    static final String TEXTO = "Consulta por mi mamá, 79 años. Desde hace un mes le dan calambres en las pantorrillas "
            + "casi todas las noches, de madrugada, y le duran como diez o quince minutos; dice que el dolor es un siete "
            + "de diez y que a veces no lo puede aguantar. Hinchazón no tiene, roja tampoco, pero después del calambre "
            + "se le quedan los dedos dormidos. Toma furosemida y atorvastatina y tiene hipotiroidismo. Mi hermana "
            + "también tiene calambres pero ella está bien. Si se le pone morado el pie, ¿la llevo a urgencias? "
            + "Camina todos los días y estira un poco.";

    private TextIntake intake;

    @Setup
    public void setUp() {
        intake = TextIntake.builtIn(KnowledgeLoader.builtIn());
    }

    @Benchmark
    public TextReading read100Words() {
        return intake.read(TEXT);
    }

    @Benchmark
    public TextReading read100WordsSpanish() {
        return intake.read(TEXTO, Language.ES);
    }
}
