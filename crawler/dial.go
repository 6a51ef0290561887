package crawler

import (
	"errors"
	"fmt"
	"net"
	"net/netip"
	"syscall"
)

// ErrPrivateAddress is returned (wrapped) when a request would connect to a
// loopback, private, link-local or unspecified address and the source does
// not allow it.
var ErrPrivateAddress = errors.New("crawler: refusing to connect to a non-public address")

// cgnat is the shared address space of carrier-grade NAT, private in effect.
var cgnat = netip.MustParsePrefix("100.64.0.0/10")

// refusePrivate runs as a net.Dialer Control func, i.e. on the address
// actually being dialled after DNS resolution, so redirects and DNS
// rebinding cannot reach internal hosts.
func refusePrivate(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return fmt.Errorf("%w: bad address %q", ErrPrivateAddress, address)
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return fmt.Errorf("%w: bad address %q", ErrPrivateAddress, address)
	}
	if !isPublic(ip) {
		return fmt.Errorf("%w: %s", ErrPrivateAddress, ip)
	}
	return nil
}

func isPublic(ip netip.Addr) bool {
	ip = ip.Unmap().WithZone("")
	switch {
	case ip.IsLoopback(), ip.IsPrivate(), ip.IsLinkLocalUnicast(), ip.IsLinkLocalMulticast(),
		ip.IsInterfaceLocalMulticast(), ip.IsMulticast(), ip.IsUnspecified(), cgnat.Contains(ip):
		return false
	}
	return ip.IsValid()
}
