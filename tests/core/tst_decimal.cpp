// Quantities and conversion factors: the exact-decimal grammar, limits, formatting and rounding.
// QtTest first: Qt 6.4's moc cannot parse <concepts> (pulled in by <compare>) before it.
#include <QtTest>

#include "domain/decimal.h"

using namespace planbridge;

namespace {

constexpr qint64 Max = Decimal::MaxThousandths;
// "Some error": used where a value breaks more than one rule at once (too precise and too large).
constexpr int AnyError = -1;

QString qs(const std::string &s) { return QString::fromStdString(s); }

// A wide thousandths count from decimal digits, for formatting values beyond int64.
Int128 wide(std::string_view digits)
{
    const bool negative = !digits.empty() && digits.front() == '-';
    if (negative)
        digits.remove_prefix(1);
    Int128 v = 0;
    for (char c : digits)
        v = v * 10 - (c - '0'); // accumulate negatively so the minimum is representable
    return negative ? v : -v;
}

void addQuantityRow(const char *name, const char *text, int error, qint64 thousandths = 0)
{
    QTest::addRow("%s", name) << QByteArray(text) << error << thousandths;
}

void checkQuantity(const QuantityParse &parsed)
{
    QFETCH(int, error);
    QFETCH(qint64, thousandths);
    if (error == AnyError) {
        QVERIFY2(!parsed.ok(), "expected the quantity to be refused");
        return;
    }
    QCOMPARE(int(parsed.error), error);
    if (parsed.ok())
        QCOMPARE(qint64(parsed.value.thousandths()), thousandths);
}

} // namespace

class TestDecimal : public QObject
{
    Q_OBJECT

private slots:
    void quantityString_data();
    void quantityString();
    void quantityNumber_data();
    void quantityNumber();
    void formatting_data();
    void formatting();
    void decimalArithmetic();
    void factorParse_data();
    void factorParse();
    void factorMultiply_data();
    void factorMultiply();
    void factorDivide_data();
    void factorDivide();
};

void TestDecimal::quantityString_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("error");
    QTest::addColumn<qint64>("thousandths");
    const int ok = int(QuantityError::None), syntax = int(QuantityError::Syntax);
    const int negative = int(QuantityError::Negative), precise = int(QuantityError::TooPrecise);
    const int large = int(QuantityError::TooLarge);

    addQuantityRow("zero", "0", ok, 0);
    addQuantityRow("plus zero", "+0", ok, 0);
    addQuantityRow("minus zero", "-0", ok, 0);
    addQuantityRow("minus zero with decimals", "-0.000", ok, 0);
    addQuantityRow("minus zero too many zeros", "-0.00000", ok, 0);
    addQuantityRow("one", "1", ok, 1000);
    addQuantityRow("plus sign", "+12.5", ok, 12500);
    addQuantityRow("one decimal", "1.5", ok, 1500);
    addQuantityRow("trailing zeros", "1.5000", ok, 1500);
    addQuantityRow("thousandth", "0.001", ok, 1);
    addQuantityRow("thousandth with zero", "0.0010", ok, 1);
    addQuantityRow("leading zeros", "007.250", ok, 7250);
    addQuantityRow("many leading zeros", "0000000000000000000000001", ok, 1000);
    addQuantityRow("many trailing zeros", "2.000000000000000000000000000000000000000000", ok, 2000);
    addQuantityRow("maximum", "9999999999.999", ok, Max);
    addQuantityRow("maximum padded", "9999999999.9990", ok, Max);
    addQuantityRow("one past maximum fraction", "9999999999.9991", AnyError);
    addQuantityRow("ten billion", "10000000000", large);
    addQuantityRow("ten billion with zeros", "10000000000.000", large);
    addQuantityRow("huge", "99999999999999999999999999999999999999999999", large);
    addQuantityRow("too precise", "0.0001", precise);
    addQuantityRow("too precise 1.2345", "1.2345", precise);
    addQuantityRow("negative", "-1", negative);
    addQuantityRow("negative thousandth", "-0.001", negative);
    addQuantityRow("exponent not allowed", "1e3", syntax);
    addQuantityRow("exponent upper", "1E3", syntax);
    addQuantityRow("bare point", "1.", syntax);
    addQuantityRow("leading point", ".5", syntax);
    addQuantityRow("empty", "", syntax);
    addQuantityRow("sign only", "-", syntax);
    addQuantityRow("double sign", "+-1", syntax);
    addQuantityRow("comma", "1,5", syntax);
    addQuantityRow("space inside", "1 000", syntax);
    addQuantityRow("untrimmed", " 1", syntax);
    addQuantityRow("letters", "abc", syntax);
    addQuantityRow("hex", "0x10", syntax);
    addQuantityRow("nan", "NaN", syntax);
    addQuantityRow("infinity", "Infinity", syntax);
    addQuantityRow("two points", "1.2.3", syntax);
    addQuantityRow("arabic-indic digit", "\xd9\xa1", syntax);
}

void TestDecimal::quantityString()
{
    QFETCH(QByteArray, text);
    checkQuantity(parseQuantityString(std::string_view(text.constData(), text.size())));
}

void TestDecimal::quantityNumber_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("error");
    QTest::addColumn<qint64>("thousandths");
    const int ok = int(QuantityError::None), syntax = int(QuantityError::Syntax);
    const int negative = int(QuantityError::Negative), precise = int(QuantityError::TooPrecise);
    const int large = int(QuantityError::TooLarge);

    addQuantityRow("zero", "0", ok, 0);
    addQuantityRow("minus zero", "-0", ok, 0);
    addQuantityRow("minus zero fraction", "-0.0", ok, 0);
    addQuantityRow("minus zero exponent", "-0e-5", ok, 0);
    addQuantityRow("zero huge exponent", "0e999999999999", ok, 0);
    addQuantityRow("zero tiny exponent", "0.000e-99999999999", ok, 0);
    addQuantityRow("integer", "42", ok, 42000);
    addQuantityRow("exponent form", "1.2345e3", ok, 1234500);
    addQuantityRow("exponent upper plus", "1E+3", ok, 1000000);
    addQuantityRow("negative exponent exact", "12345e-3", ok, 12345);
    addQuantityRow("trailing zeros", "1.5000", ok, 1500);
    addQuantityRow("trailing zeros exponent", "1000000e-6", ok, 1000);
    addQuantityRow("long mantissa exact", "1234567890123000000e-9", ok, 1234567890123);
    addQuantityRow("maximum exponent form", "9.999999999999e9", ok, Max);
    addQuantityRow("maximum", "9999999999.999", ok, Max);
    addQuantityRow("thousandth exponent", "1e-3", ok, 1);
    addQuantityRow("1e-4 too precise", "1e-4", precise);
    addQuantityRow("0.0001 too precise", "0.0001", precise);
    addQuantityRow("fraction exponent too precise", "1.2345e-1", precise);
    addQuantityRow("long mantissa too precise", "123456789012345678901234567890e-20", precise);
    addQuantityRow("tiny exponent", "1e-999999999999", precise);
    addQuantityRow("one past maximum fraction", "9999999999.9991", AnyError);
    addQuantityRow("ten billion", "10000000000", large);
    addQuantityRow("1e10", "1e10", large);
    addQuantityRow("1e400", "1e400", large);
    addQuantityRow("huge exponent", "1e999999999999999999999", large);
    addQuantityRow("negative", "-1", negative);
    addQuantityRow("negative exponent form", "-2.5e2", negative);
    addQuantityRow("plus sign", "+1", syntax);
    addQuantityRow("leading zero", "01", syntax);
    addQuantityRow("bare point", "1.", syntax);
    addQuantityRow("leading point", ".5", syntax);
    addQuantityRow("empty exponent", "1e", syntax);
    addQuantityRow("signed empty exponent", "1e+", syntax);
    addQuantityRow("double minus", "--1", syntax);
    addQuantityRow("empty", "", syntax);
    addQuantityRow("fractional exponent", "1.5e3.2", syntax);
    addQuantityRow("nan", "NaN", syntax);
    addQuantityRow("infinity", "Infinity", syntax);
    addQuantityRow("hex", "0x1", syntax);
}

void TestDecimal::quantityNumber()
{
    QFETCH(QByteArray, text);
    checkQuantity(parseQuantityNumber(std::string_view(text.constData(), text.size())));
}

void TestDecimal::formatting_data()
{
    QTest::addColumn<QByteArray>("thousandths"); // decimal digits of a 128-bit count
    QTest::addColumn<QString>("expected");

    QTest::addRow("zero") << QByteArray("0") << "0.000";
    QTest::addRow("one thousandth") << QByteArray("1") << "0.001";
    QTest::addRow("ten thousandths") << QByteArray("10") << "0.010";
    QTest::addRow("one") << QByteArray("1000") << "1.000";
    QTest::addRow("one and a half") << QByteArray("1500") << "1.500";
    QTest::addRow("maximum") << QByteArray("9999999999999") << "9999999999.999";
    QTest::addRow("uncapped sum") << QByteArray("19999999999998") << "19999999999.998";
    QTest::addRow("beyond int64") << QByteArray("100000000000000000000000") << "100000000000000000000.000";
    QTest::addRow("negative") << QByteArray("-1500") << "-1.500";
    QTest::addRow("negative thousandth") << QByteArray("-1") << "-0.001";
    QTest::addRow("int128 max") << QByteArray("170141183460469231731687303715884105727")
                                << "170141183460469231731687303715884105.727";
    QTest::addRow("int128 min") << QByteArray("-170141183460469231731687303715884105728")
                                << "-170141183460469231731687303715884105.728";
}

void TestDecimal::formatting()
{
    QFETCH(QByteArray, thousandths);
    QFETCH(QString, expected);
    QCOMPARE(qs(formatThousandths(wide(thousandths.toStdString()))), expected);
}

void TestDecimal::decimalArithmetic()
{
    QCOMPARE(qs(Decimal().toString()), QStringLiteral("0.000"));
    QCOMPARE(qs(parseQuantityString("+007.10").value.toString()), QStringLiteral("7.100"));
    QCOMPARE(qs(parseQuantityNumber("1.2345e3").value.toString()), QStringLiteral("1234.500"));
    const auto sum = Decimal::fromThousandths(1500).plus(Decimal::fromThousandths(2));
    QVERIFY(sum);
    QCOMPARE(qint64(sum->thousandths()), qint64(1502));
    QVERIFY(!Decimal::fromThousandths(INT64_MAX).plus(Decimal::fromThousandths(1)));
    QVERIFY(!Decimal::fromThousandths(INT64_MIN).minus(Decimal::fromThousandths(1)));
    QVERIFY(Decimal::fromThousandths(1) < Decimal::fromThousandths(2));
}

void TestDecimal::factorParse_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("jsonNumber");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("canonical"); // Factor::toString(), checked when not empty

    QTest::addRow("integer string") << QByteArray("12") << false << true << "12";
    QTest::addRow("integer number") << QByteArray("12") << true << true << "12";
    QTest::addRow("fraction") << QByteArray("0.0833333333") << false << true << "0.0833333333";
    QTest::addRow("plus sign string") << QByteArray("+2") << false << true << "2";
    QTest::addRow("leading zeros string") << QByteArray("0012.50") << false << true << "12.5";
    QTest::addRow("exponent number") << QByteArray("1e3") << true << true << "1000";
    QTest::addRow("negative exponent number") << QByteArray("1.5e-2") << true << true << "0.015";
    QTest::addRow("24 significant digits") << QByteArray("123456789012345678901234") << false << true
                                           << "123456789012345678901234";
    QTest::addRow("24 digits with zeros around") << QByteArray("000.0000123456789012345678901234000") << false
                                                 << true << "";
    QTest::addRow("one digit, many zeros") << QByteArray("100000000000000000000000000000") << false << true
                                           << "100000000000000000000000000000";
    QTest::addRow("tiny") << QByteArray("0.000000000000000000000000000001") << false << true << "";
    QTest::addRow("25 significant digits") << QByteArray("1234567890123456789012345") << false << false << "";
    QTest::addRow("25 digits in fraction") << QByteArray("1.234567890123456789012345") << false << false << "";
    QTest::addRow("zero") << QByteArray("0") << false << false << "";
    QTest::addRow("zero decimals") << QByteArray("0.000") << false << false << "";
    QTest::addRow("zero number") << QByteArray("0e10") << true << false << "";
    QTest::addRow("minus zero") << QByteArray("-0") << true << false << "";
    QTest::addRow("negative") << QByteArray("-1") << false << false << "";
    QTest::addRow("negative fraction") << QByteArray("-0.5") << true << false << "";
    QTest::addRow("exponent in string") << QByteArray("1e3") << false << false << "";
    QTest::addRow("leading zero number") << QByteArray("01") << true << false << "";
    QTest::addRow("plus sign number") << QByteArray("+1") << true << false << "";
    QTest::addRow("letters") << QByteArray("abc") << false << false << "";
    QTest::addRow("empty") << QByteArray("") << false << false << "";
    QTest::addRow("untrimmed") << QByteArray(" 1") << false << false << "";
}

void TestDecimal::factorParse()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, jsonNumber);
    QFETCH(bool, ok);
    QFETCH(QString, canonical);
    const auto factor = Factor::parse(std::string_view(text.constData(), text.size()), jsonNumber);
    QCOMPARE(factor.has_value(), ok);
    if (factor && !canonical.isEmpty())
        QCOMPARE(qs(factor->toString()), canonical);
}

// Factors are given as JSON number lexemes (a decimal string parses the same when it has no exponent).
// `expected` is the result in thousandths, or -1 when it exceeds the maximum.
void TestDecimal::factorMultiply_data()
{
    QTest::addColumn<QByteArray>("factor");
    QTest::addColumn<qint64>("quantity");
    QTest::addColumn<qint64>("expected");

    QTest::addRow("12 x 1") << QByteArray("12") << qint64(1000) << qint64(12000);
    QTest::addRow("1 x max") << QByteArray("1") << Max << Max;
    QTest::addRow("0.5 x 0.001 rounds up") << QByteArray("0.5") << qint64(1) << qint64(1);
    QTest::addRow("0.5 x 0.003 rounds up") << QByteArray("0.5") << qint64(3) << qint64(2);
    QTest::addRow("0.4 x 0.001 rounds down") << QByteArray("0.4") << qint64(1) << qint64(0);
    QTest::addRow("0.0005 x 1 half up") << QByteArray("0.0005") << qint64(1000) << qint64(1);
    QTest::addRow("0.0005 x 0.999 just below half") << QByteArray("0.0005") << qint64(999) << qint64(0);
    QTest::addRow("0.0004999 x 1") << QByteArray("0.0004999") << qint64(1000) << qint64(0);
    QTest::addRow("0.0833333333 x 1") << QByteArray("0.0833333333") << qint64(1000) << qint64(83);
    QTest::addRow("3 x 0.333") << QByteArray("3") << qint64(333) << qint64(999);
    QTest::addRow("10 x max/10") << QByteArray("10") << qint64(999999999999) << qint64(9999999999990);
    QTest::addRow("2 x max overflows") << QByteArray("2") << Max << qint64(-1);
    QTest::addRow("12 x 833333333.334 overflows") << QByteArray("12") << qint64(833333333334) << qint64(-1);
    QTest::addRow("12 x 833333333.333 fits") << QByteArray("12") << qint64(833333333333) << qint64(9999999999996);
    QTest::addRow("rounding brings it back under max")
        << QByteArray("1.000000000000000000001") << Max << Max;
    QTest::addRow("1e12 x 0.001") << QByteArray("1e12") << qint64(1) << qint64(1000000000000);
    QTest::addRow("1e13 x 0.001 overflows") << QByteArray("1e13") << qint64(1) << qint64(-1);
    QTest::addRow("1e300 x 0") << QByteArray("1e300") << qint64(0) << qint64(0);
    QTest::addRow("1e300 x 0.001 overflows") << QByteArray("1e300") << qint64(1) << qint64(-1);
    QTest::addRow("1e-40 x max") << QByteArray("1e-40") << Max << qint64(0);
    QTest::addRow("24 digits x max") << QByteArray("0.999999999999999999999999") << Max << Max;
}

void TestDecimal::factorMultiply()
{
    QFETCH(QByteArray, factor);
    QFETCH(qint64, quantity);
    QFETCH(qint64, expected);
    const auto f = Factor::parse(factor.toStdString(), true);
    QVERIFY(f);
    const auto result = f->multiply(Decimal::fromThousandths(quantity));
    QCOMPARE(result ? qint64(result->thousandths()) : qint64(-1), expected);
}

void TestDecimal::factorDivide_data()
{
    QTest::addColumn<QByteArray>("factor");
    QTest::addColumn<qint64>("quantity");
    QTest::addColumn<qint64>("expected");

    QTest::addRow("1 / 12") << QByteArray("12") << qint64(1000) << qint64(83);
    QTest::addRow("12 / 12") << QByteArray("12") << qint64(12000) << qint64(1000);
    QTest::addRow("0.006 / 12 half up") << QByteArray("12") << qint64(6) << qint64(1);
    QTest::addRow("0.005 / 12 down") << QByteArray("12") << qint64(5) << qint64(0);
    QTest::addRow("0.004 / 8 half up") << QByteArray("8") << qint64(4) << qint64(1);
    QTest::addRow("0.003 / 8 down") << QByteArray("8") << qint64(3) << qint64(0);
    QTest::addRow("0.002 / 3") << QByteArray("3") << qint64(2) << qint64(1);
    QTest::addRow("0.001 / 2 half up") << QByteArray("2") << qint64(1) << qint64(1);
    QTest::addRow("1 / 0.0833333333") << QByteArray("0.0833333333") << qint64(1000) << qint64(12000);
    QTest::addRow("0 / anything") << QByteArray("0.0001") << qint64(0) << qint64(0);
    QTest::addRow("max / 0.5 overflows") << QByteArray("0.5") << Max << qint64(-1);
    QTest::addRow("10000000 / 0.001 overflows") << QByteArray("0.001") << qint64(10000000000) << qint64(-1);
    QTest::addRow("999999999.999 / 0.1") << QByteArray("0.1") << qint64(999999999999) << qint64(9999999999990);
    QTest::addRow("max / 1e20") << QByteArray("1e20") << Max << qint64(0);
    QTest::addRow("max / 1e-30 overflows") << QByteArray("1e-30") << Max << qint64(-1);
    QTest::addRow("max / slightly above one") << QByteArray("1.000000000000000000001") << Max << Max;
    QTest::addRow("max / slightly below one rounds to max")
        << QByteArray("0.999999999999999999999") << Max << Max;
}

void TestDecimal::factorDivide()
{
    QFETCH(QByteArray, factor);
    QFETCH(qint64, quantity);
    QFETCH(qint64, expected);
    const auto f = Factor::parse(factor.toStdString(), true);
    QVERIFY(f);
    const auto result = f->divide(Decimal::fromThousandths(quantity));
    QCOMPARE(result ? qint64(result->thousandths()) : qint64(-1), expected);
}

QTEST_GUILESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
