package org.civicspace.notifications.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;

import org.civicspace.notifications.webhook.domain.DestinationPolicy.Allowance;
import org.civicspace.platform.domain.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DestinationPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = { "127.0.0.1", "127.1.2.3", "::1", "0.0.0.0", "::", "10.1.2.3", "172.16.0.1",
            "172.31.255.255", "192.168.1.1", "169.254.169.254", "100.64.0.1", "100.127.255.254", "224.0.0.1", "255.255.255.255",
            "240.0.0.1", "192.0.2.10", "198.18.0.1", "fc00::1", "fd12:3456::1", "fe80::1", "ff02::1",
            "::ffff:10.0.0.1", "::ffff:169.254.169.254", "64:ff9b::a9fe:a9fe", "2002:c0a8:0101::1", "2001:0:1::1",
            "2001:db8::1", "::127.0.0.1" })
    void refusesEveryAddressThatIsNotPublic(String address) throws UnknownHostException {
        assertThat(DestinationPolicy.checkAddresses(List.of(InetAddress.getByName(address)), Allowance.NONE))
                .contains(new Refusal.Invalid("url", DestinationPolicy.NOT_PUBLIC));
    }

    @ParameterizedTest
    @ValueSource(strings = { "8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "2606:4700:4700::1111",
            "2002:0808:0808::1", "64:ff9b::808:808" })
    void allowsPublicAddresses(String address) throws UnknownHostException {
        assertThat(DestinationPolicy.checkAddresses(List.of(InetAddress.getByName(address)), Allowance.NONE)).isEmpty();
    }

    @Test
    void oneRefusedAddressAmongSeveralRefusesTheHostAndNoAddressAtAllIsTheSameAnswer() throws UnknownHostException {
        List<InetAddress> mixed = List.of(InetAddress.getByName("8.8.8.8"), InetAddress.getByName("10.0.0.1"));
        assertThat(DestinationPolicy.checkAddresses(mixed, Allowance.NONE))
                .isEqualTo(DestinationPolicy.checkAddresses(List.of(), Allowance.NONE)).isPresent();
    }

    @Test
    void theLocalStackMayAllowLoopbackOnly() throws UnknownHostException {
        Allowance local = new Allowance(true, true);
        assertThat(DestinationPolicy.checkAddresses(List.of(InetAddress.getByName("127.0.0.1")), local)).isEmpty();
        assertThat(DestinationPolicy.checkAddresses(List.of(InetAddress.getByName("10.0.0.1")), local)).isPresent();
        assertThat(DestinationPolicy.checkForm(URI.create("http://127.0.0.1:9000/hook"), local)).isEmpty();
    }

    @Test
    void refusesAUrlOfTheWrongForm() {
        for (String url : List.of("http://partner.example/hook", "ftp://partner.example/", "/relative/hook",
                "https://user:pass@partner.example/hook", "https://partner.example/hook#x", "mailto:a@b.example",
                "https://partner.example/" + "a".repeat(2100))) {
            assertThat(DestinationPolicy.checkForm(URI.create(url), Allowance.NONE)).as(url).isPresent();
        }
        assertThat(DestinationPolicy.checkForm(URI.create("https://partner.example/hooks/civicspace?x=1"),
                Allowance.NONE)).isEmpty();
    }
}
