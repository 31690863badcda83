package io.breadthflow.stream.forecast;

import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.forecast.FittedModel;
import io.breadthflow.core.forecast.Forecast;
import io.breadthflow.core.forecast.ForecastException;
import io.breadthflow.core.forecast.Forecaster;
import io.breadthflow.core.forecast.RollingWindow;
import io.breadthflow.core.forecast.arima.AutoArimaConfig;
import io.breadthflow.core.forecast.arima.AutoArimaForecaster;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Per symbol and interval (the key), the latest closes in keyed state and, every N bars of the
 * {@link ForecastSchedule}, a forecast by automatic ARIMA selection from them. Adding a close does
 * not allocate; only a refresh fits a model. A series the model cannot be fitted to (a constant
 * price, say) gets no forecast that time. The state has an explicit serializer ({@link
 * RollingWindowSerializer}).
 */
public final class ForecastFunction extends KeyedProcessFunction<String, Bar, ForecastUpdate> {
  private static final long serialVersionUID = 1L;

  private final ForecastSchedule schedule;
  private transient ValueState<RollingWindow> state;
  private transient Forecaster forecaster;

  public ForecastFunction(ForecastSchedule schedule) {
    this.schedule = schedule;
  }

  @Override
  public void open(OpenContext context) {
    state =
        getRuntimeContext()
            .getState(
                new ValueStateDescriptor<>("forecast-window", RollingWindowSerializer.INSTANCE));
    forecaster = new AutoArimaForecaster(AutoArimaConfig.defaults());
  }

  @Override
  public void processElement(Bar bar, Context ctx, Collector<ForecastUpdate> out) throws Exception {
    int every = schedule.refreshEvery().get(bar.interval());
    RollingWindow window = state.value();
    if (window == null) {
      window = new RollingWindow(schedule.window(), schedule.minimum(), every);
    } else if (window.capacity() != schedule.window()
        || window.minimum() != schedule.minimum()
        || window.refreshEvery() != every) {
      // restored from a job with another schedule: this run's schedule applies, closes are kept
      window =
          RollingWindow.restore(
              schedule.window(),
              schedule.minimum(),
              every,
              window.oldestFirst(),
              Math.min(window.sinceRefresh(), every - 1));
    }
    boolean due = window.add(bar.close());
    state.update(window);
    if (due) {
      try {
        FittedModel model = forecaster.fit(window.oldestFirst());
        Forecast forecast = model.forecast(schedule.horizon());
        out.collect(
            new ForecastUpdate(
                bar.symbol(),
                bar.interval(),
                bar.start(),
                bar.close(),
                model.description(),
                forecast.points()));
      } catch (ForecastException e) {
        // no forecast this time: the window's series cannot be modelled (e.g. constant)
      }
    }
  }
}
