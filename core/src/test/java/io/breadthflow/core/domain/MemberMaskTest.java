package io.breadthflow.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MemberMaskTest {

  @Test
  void allCountsEverySymbolOnEverySession() {
    MemberMask mask = MemberMask.all(3, 4);

    assertThat(mask.isAlways()).isTrue();
    assertThat(mask.isMember(2, 3)).isTrue();
    assertThat(mask.count(1)).isEqualTo(3);
  }

  @Test
  void maskReadsItsRowsAndIsACopy() {
    boolean[][] member = {{true, false, true}, {false, false, true}};
    MemberMask mask = MemberMask.of(member, 3);
    member[0][1] = true;

    assertThat(mask.isAlways()).isFalse();
    assertThat(mask.isMember(0, 1)).isFalse();
    assertThat(mask.isMember(1, 2)).isTrue();
    assertThat(mask.count(0)).isEqualTo(1);
    assertThat(mask.count(2)).isEqualTo(2);
  }

  @Test
  void maskWithEveryEntryTrueIsAlways() {
    assertThat(MemberMask.of(new boolean[][] {{true, true}, {true, true}}, 2).isAlways()).isTrue();
  }

  @Test
  void sessionWritesTheMembershipOfOneSession() {
    MemberMask mask = MemberMask.of(new boolean[][] {{true, false}, {false, true}}, 2);
    boolean[] into = new boolean[2];

    mask.session(1, into);

    assertThat(into).containsExactly(false, true);
  }

  @Test
  void selectKeepsTheChosenRowsInTheirOrder() {
    MemberMask mask =
        MemberMask.of(new boolean[][] {{true, false}, {false, true}, {true, true}}, 2);

    MemberMask selected = mask.select(new int[] {2, 0});

    assertThat(selected.symbols()).isEqualTo(2);
    assertThat(selected.isMember(0, 1)).isTrue();
    assertThat(selected.isMember(1, 1)).isFalse();
  }

  @Test
  void withAlwaysMakesOneSymbolAMemberThroughout() {
    MemberMask mask = MemberMask.of(new boolean[][] {{true, false}, {false, false}}, 2);

    MemberMask widened = mask.withAlways(1);

    assertThat(widened.isMember(1, 0)).isTrue();
    assertThat(widened.isMember(1, 1)).isTrue();
    assertThat(widened.isMember(0, 1)).isFalse();
    assertThat(mask.isMember(1, 0)).isFalse();
  }

  @Test
  void firstSessionsKeepsTheEarlySessionsOfEveryRowOnly() {
    MemberMask mask = MemberMask.of(new boolean[][] {{true, false, true}, {false, true, false}}, 3);

    MemberMask cut = mask.firstSessions(2);

    assertThat(cut.sessions()).isEqualTo(2);
    assertThat(cut.symbols()).isEqualTo(2);
    assertThat(cut.isMember(0, 0)).isTrue();
    assertThat(cut.isMember(0, 1)).isFalse();
    assertThat(cut.isMember(1, 1)).isTrue();
    assertThat(mask.firstSessions(1).isAlways()).isFalse();
    assertThat(MemberMask.of(new boolean[][] {{true, false}}, 2).firstSessions(1).isAlways())
        .isTrue();
    assertThat(MemberMask.all(3, 4).firstSessions(2).sessions()).isEqualTo(2);
    assertThatThrownBy(() -> mask.firstSessions(4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sessions must be between 0 and 3, got 4");
  }

  @Test
  void raggedRowsAreRejected() {
    assertThatThrownBy(() -> MemberMask.of(new boolean[][] {{true}, {true, false}}, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("member row 0 has 1 sessions, expected 2");
  }
}
