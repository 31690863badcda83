package io.breadthflow.app.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.core.notify.DeliveryChannel;
import io.breadthflow.store.NotificationFilter.ReadState;
import io.breadthflow.store.NotificationStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueryRequestsTest {
  @Test
  void listAndHistoryParametersDefaultAndParse() {
    assertThat(ListRequest.of(null, null, null)).isEqualTo(ListRequest.newest());
    assertThat(ListRequest.of(10, 99L, "true"))
        .isEqualTo(new ListRequest(10, Optional.of(99L), ReadState.UNREAD));
    assertThat(HistoryRequest.of(null, null, null, null)).isEqualTo(HistoryRequest.newest());
    HistoryRequest dead = HistoryRequest.of(20, 5L, "webhook", "dead, retrying");
    assertThat(dead.channel()).contains(DeliveryChannel.WEBHOOK);
    assertThat(dead.statuses())
        .containsExactlyInAnyOrder(NotificationStatus.DEAD, NotificationStatus.RETRYING);
  }

  @Test
  void badParametersAreInvalidRequests() {
    assertThatThrownBy(() -> ListRequest.of(0, null, null)).isInstanceOf(UseCaseException.class);
    assertThatThrownBy(() -> ListRequest.of(null, null, "yes"))
        .isInstanceOf(UseCaseException.class);
    assertThatThrownBy(() -> HistoryRequest.of(501, null, null, null))
        .isInstanceOf(UseCaseException.class);
    assertThatThrownBy(() -> HistoryRequest.of(null, null, "sms", null))
        .isInstanceOf(UseCaseException.class)
        .hasMessageContaining("unknown channel 'sms'");
    assertThatThrownBy(() -> HistoryRequest.of(null, null, null, "LOST"))
        .isInstanceOf(UseCaseException.class)
        .hasMessageContaining("unknown status 'LOST'");
  }
}
