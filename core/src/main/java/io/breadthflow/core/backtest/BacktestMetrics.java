package io.breadthflow.core.backtest;

/**
 * Performance of a backtest. With r the daily returns of the equity curve (equity at each session's
 * close from the first session of the range) and n their count; fractions, not percentages; {@code
 * NaN} where undefined (e.g. Sharpe of a flat curve).
 *
 * @param totalReturn final / initial − 1
 * @param cagr (final / initial)^(252 / n) − 1
 * @param volatility sample σ(r)·√252
 * @param sharpe (mean(r) − rf/252) / σ(r)·√252
 * @param sortino (mean(r) − rf/252) / downside deviation·√252, downside deviation = √(mean of
 *     min(0, r − rf/252)² over all n)
 * @param maxDrawdown largest fall from a running peak, as a positive fraction of the peak
 * @param maxDrawdownDays sessions from the peak before that fall until equity regains it (or the
 *     last session)
 * @param calmar cagr / maxDrawdown
 * @param winRate share of closed trades with a positive pnl
 * @param profitFactor gross profit / gross loss of closed trades
 * @param avgTrade mean return (pnl / entry notional) of closed trades
 * @param exposure mean over sessions of gross position value / equity at the close
 * @param turnover traded notional / mean equity, annualised (× 252 / n)
 * @param trades round trips entered, including any still open at the end
 * @param benchmarkReturn total return of the benchmark over the same sessions
 * @param alpha annualised (mean(r) − β·mean(r<sub>b</sub>))·252 against the benchmark returns
 * @param beta cov(r, r<sub>b</sub>) / var(r<sub>b</sub>) (sample)
 */
public record BacktestMetrics(
    double totalReturn,
    double cagr,
    double volatility,
    double sharpe,
    double sortino,
    double maxDrawdown,
    int maxDrawdownDays,
    double calmar,
    double winRate,
    double profitFactor,
    double avgTrade,
    double exposure,
    double turnover,
    int trades,
    double benchmarkReturn,
    double alpha,
    double beta) {}
